package org.caravan.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;

/**
 * Lists of actors told together: mentions joined only by commas, articles and a coordinating word of
 * function-words.tsv ({@code coordinator}: and, et, und, y, и), "India and Pakistan", "entre la Chine, l'Iran et
 * l'Arabie saoudite", "Лаврова и президента США Трампа". A report names a pair or a trio so before it calls them
 * "the two countries" or "les trois parties", so a number phrase prefers such a list over the last actors named.
 * Stateless.
 */
final class Coordination {

    /** The function of a coordinating word in function-words.tsv. */
    static final String COORDINATOR = "coordinator";

    private Coordination() {
    }

    /**
     * The latest list of exactly {@code n} different actors (by key, as {@code member} gives them) named before
     * lexeme {@code k} within {@code window} sentences, in the order named; a list needs a coordinating word.
     * Else empty.
     */
    static List<ActorRef> latestList(Resolution r, int k, int n, int window, Function<Mention, Optional<ActorRef>> member) {
        int sentence = r.sentenceOf(k);
        int before = r.words.get(r.lex.get(k).start()).start();
        List<Mention> seen = r.mentions();
        List<Mention> run = new ArrayList<>();
        boolean coordinated = false;
        for (int i = seen.size() - 1; i >= 0; i--) {
            Mention m = seen.get(i);
            int w = r.wordAt(m.span().start());
            if (w < 0 || m.span().start() >= before) {
                continue;
            }
            if (r.words.get(w).sentence() < sentence - window) {
                break;
            }
            if (!run.isEmpty() && m.span().end() > run.get(0).span().start()) {
                continue; // a mention inside the conjunct's own (the country of "президента США")
            }
            if (!run.isEmpty()) {
                Optional<Boolean> joined = joined(r, m, run.get(0));
                if (joined.isPresent()) {
                    run.add(0, m);
                    coordinated |= joined.get();
                    continue;
                }
            }
            List<ActorRef> list = coordinated ? distinct(run, member) : List.of();
            if (list.size() == n) {
                return list;
            }
            run = new ArrayList<>(List.of(m));
            coordinated = false;
        }
        List<ActorRef> list = coordinated ? distinct(run, member) : List.of();
        return list.size() == n ? list : List.of();
    }

    /**
     * Whether mention {@code a} and the later {@code b} of the same sentence stand in one list: only commas,
     * spaces, elided articles' apostrophes, articles and coordinating words between them. Present with true when a coordinating word is among
     * them, false for an apposition or a comma alone; empty when they are not joined.
     */
    private static Optional<Boolean> joined(Resolution r, Mention a, Mention b) {
        int from = r.wordAt(a.span().start());
        while (from < r.words.size() && r.words.get(from).end() < a.span().end()) {
            from++;
        }
        int to = r.wordAt(b.span().start());
        if (to < 0 || from >= to || r.words.get(from).sentence() != r.words.get(to).sentence()) {
            return Optional.empty();
        }
        boolean coordinator = false;
        for (int w = from + 1; w <= to; w++) {
            if (!r.words.get(w).gapBefore().replaceAll("[,'’]", "").isBlank()) {
                return Optional.empty();
            }
            if (w == to) {
                break;
            }
            String function = r.around.function(w);
            if (function.equals(COORDINATOR)) {
                coordinator = true;
            } else if (!function.equals("determiner")) {
                return Optional.empty();
            }
        }
        return Optional.of(coordinator);
    }

    /** The actors of the run, one per key, in text order. */
    private static List<ActorRef> distinct(List<Mention> run, Function<Mention, Optional<ActorRef>> member) {
        List<ActorRef> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Mention m : run) {
            Optional<ActorRef> a = member.apply(m);
            if (a.isEmpty() && m.actor().isPresent()) {
                return List.of(); // a conjunct of another kind: not a list of these
            }
            if (a.isPresent() && !keys.contains(a.get().key().get())) {
                keys.add(a.get().key().get());
                out.add(a.get());
            }
        }
        return out;
    }
}
