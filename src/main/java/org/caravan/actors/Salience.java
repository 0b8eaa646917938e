package org.caravan.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The people mentioned so far in a document, for pronouns and short forms: the antecedent is taken from the
 * latest sentence (within a window) that names a compatible person, and within it the first one named (the
 * subject, in news prose). One per document; not thread-safe.
 */
final class Salience {

    record Seen(String person, int sentence, int word) {
    }

    private final List<Seen> seen = new ArrayList<>();

    void add(String person, int sentence, int word) {
        seen.add(new Seen(person, sentence, word));
    }

    Optional<String> last(int sentence, int window) {
        return last(sentence, window, p -> true);
    }

    /** Like {@link #last(int, int)}, with where the person was named. */
    Optional<Seen> lastSeen(int sentence, int window) {
        for (int s = sentence; s >= Math.max(0, sentence - window); s--) {
            for (Seen x : seen) {
                if (x.sentence() == s) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    /** The subject-most compatible person of the latest sentence, no more than {@code window} sentences back. */
    Optional<String> last(int sentence, int window, Predicate<String> compatible) {
        for (int s = sentence; s >= Math.max(0, sentence - window); s--) {
            for (Seen x : seen) {
                if (x.sentence() == s && compatible.test(x.person())) {
                    return Optional.of(x.person());
                }
            }
        }
        return Optional.empty();
    }
}
