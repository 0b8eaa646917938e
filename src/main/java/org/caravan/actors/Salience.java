package org.caravan.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The people mentioned so far in a document, for pronouns and short forms: the antecedent is taken from the
 * latest sentence (within a window) that names a compatible person, and within it the first one named that is
 * not after a preposition (the subject, in news prose: "Asked about the Chinese president, the pope said"
 * gives the pope), else the first one named. Looks back from the end, so each question costs the window, not the document.
 * One per document; not thread-safe.
 */
final class Salience {

    /** A person named in a sentence, at a word. */
    record Seen(String person, int sentence, int word, boolean oblique) {
    }

    private final List<Seen> seen = new ArrayList<>();

    void add(String person, int sentence, int word, boolean oblique) {
        seen.add(new Seen(person, sentence, word, oblique));
    }

    Optional<String> last(int sentence, int window) {
        return last(sentence, window, p -> true);
    }

    /** Like {@link #last(int, int)}, with where the person was named. */
    Optional<Seen> lastSeen(int sentence, int window) {
        return find(sentence, window, p -> true);
    }

    /** The subject-most compatible person of the latest sentence, no more than {@code window} sentences back. */
    Optional<String> last(int sentence, int window, Predicate<String> compatible) {
        return find(sentence, window, compatible).map(Seen::person);
    }

    private Optional<Seen> find(int sentence, int window, Predicate<String> compatible) {
        Seen best = null;
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen x = seen.get(i);
            if (x.sentence() < sentence - window) {
                break;
            }
            if (x.sentence() > sentence || !compatible.test(x.person())) {
                continue;
            }
            if (best == null || x.sentence() > best.sentence()
                    || (x.sentence() == best.sentence() && better(x, best))) {
                best = x;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The antecedent of an object pronoun in sentence {@code sentence}: the latest person named, no more than
     * {@code window} sentences back, who is not the subject of that sentence (the first person named in it, not
     * after a preposition): "Putin called Tokayev and thanked him" gives Tokayev.
     */
    Optional<Seen> lastObject(int sentence, int window) {
        String subject = null;
        for (int i = seen.size() - 1; i >= 0 && seen.get(i).sentence() >= sentence; i--) {
            if (seen.get(i).sentence() == sentence && !seen.get(i).oblique()) {
                subject = seen.get(i).person();
            }
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen x = seen.get(i);
            if (x.sentence() < sentence - window) {
                break;
            }
            if (x.sentence() <= sentence && !x.person().equals(subject)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static boolean better(Seen x, Seen best) {
        return x.oblique() == best.oblique() ? x.word() < best.word() : !x.oblique();
    }
}
