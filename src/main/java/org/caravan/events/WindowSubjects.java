package org.caravan.events;

import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * The subject of a trigger by word order: the nearest actor before it that no preposition or other verb governs,
 * with the orders that put it elsewhere: a verb-final clause ("Am Freitag hat Scholz ... empfangen"), verb-second
 * order, a relative clause, a fronted adjunct ("During talks with Erdogan, Scholz said"). Stateless; thread-safe.
 */
final class WindowSubjects {

    private final Grammar g;
    private final Clauses clauses;
    private final Governors governors;

    WindowSubjects(Grammar grammar, Clauses clauses, Governors governors) {
        this.g = grammar;
        this.clauses = clauses;
        this.governors = governors;
    }

    Optional<Candidate> subject(SentenceView v, TriggerMatch m, ArgumentWindow w) {
        if (m.entry().pos().equals("NOUN") && !supportVerb(v, m)) {
            return subjectAfterFrontedAdjunct(v, m);
        }
        if (w.aux() >= 0) {
            return subjectAroundAux(v, m, w.before(), w.aux());
        }
        int prev = m.first() - 1;
        if (prev >= 0 && v.pos(prev).equals("NOUN") && !v.inMention(prev) && clauses.isPassive(v, m)) {
            return Optional.empty();
        }
        for (Candidate c : w.before()) {
            if (governors.prepBefore(v, c, m).isEmpty() && !governors.objectOfVerb(v, c, m)) {
                return Optional.of(c);
            }
        }
        for (Candidate c : w.before()) {
            if (governors.governedBy(v, c, m, Kind.GEN_PREP) && governors.afterTitle(v, c)) {
                return Optional.of(c);
            }
        }
        Optional<Candidate> antecedent = relativeAntecedent(v, m, w.start());
        if (antecedent.isPresent()) {
            return antecedent;
        }
        Optional<Candidate> inverted = subjectAfterFiniteVerb(v, m, w.start(), w.after());
        return inverted.isPresent() ? inverted : subjectAfterFrontedAdjunct(v, m);
    }

    /**
     * For a trigger in a relative clause opened by a subject relative word ("which", "qui") with no subject
     * pronoun of its own, the actor at most three words before the relative word.
     */
    private Optional<Candidate> relativeAntecedent(SentenceView v, TriggerMatch m, int start) {
        if (start <= 0 || !g.is(v.lang(), Kind.REL_SUBJ, v.norm(start - 1)) || pronounBefore(v, start, m.first())) {
            return Optional.empty();
        }
        for (int k = v.candidates().size() - 1; k >= 0; k--) {
            Candidate c = v.candidates().get(k);
            if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 3) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * For a trigger in a fronted adjunct ("During talks with Erdogan, Scholz said...", "After meeting Tokayev, Xi
     * left", "Lors de sa visite, Xi a..."), the subject of the main clause after the comma: the first actor there
     * that no preposition governs.
     */
    private Optional<Candidate> subjectAfterFrontedAdjunct(SentenceView v, TriggerMatch m) {
        boolean adjunct = false;
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            adjunct |= (g.is(v.lang(), Kind.ADJUNCT_PREP, v.norm(i)) || g.is(v.lang(), Kind.FRONT_PREP, v.norm(i))) && i <= 1;
        }
        if (!adjunct) {
            return Optional.empty();
        }
        int comma = -1;
        for (int i = m.last() + 1; i < v.size() && i - m.last() <= ArgumentWindow.WINDOW; i++) {
            if (v.norm(i).equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return Optional.empty();
        }
        for (Candidate c : v.candidates()) {
            if (c.first() > comma && c.first() - comma <= 4 && c.isActor()) {
                return governors.prepBefore(v, c, null).isEmpty() ? Optional.of(c) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of a verb-final clause: the actor before the auxiliary nearest to it that no preposition governs
     * ("Scholz hat ... empfangen"), else, after a fronted adverbial, the first such actor right after the
     * auxiliary ("Am Freitag hat Scholz ... empfangen").
     */
    private Optional<Candidate> subjectAroundAux(SentenceView v, TriggerMatch m, List<Candidate> before, int aux) {
        for (Candidate c : before) {
            if (c.last() < aux && governors.prepBefore(v, c, m).isEmpty()) {
                return Optional.of(c);
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Candidate c = before.get(k);
            if (c.first() > aux && c.first() - aux <= 3 && governors.prepBefore(v, c, m).isEmpty()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Verb-second order after a fronted adverbial ("Bei dem Treffen forderte Scholz Peking auf", "Am Samstag traf
     * er ..."): in a language with PERFECT_AUX words (German), a verb trigger that does not open its clause and has
     * no subject before it takes the actor right after it that no preposition governs; a verb conjoined after
     * "und" keeps the earlier subject ("Minsk wies ... zurück und drohte der EU").
     */
    private Optional<Candidate> subjectAfterFiniteVerb(SentenceView v, TriggerMatch m, int start, List<Candidate> after) {
        if (m.entry().pos().equals("NOUN") || !g.has(v.lang(), Kind.PERFECT_AUX) || m.first() <= start
                || v.is(g, Kind.COORD, m.first() - 1) || v.isPunct(m.first() - 1)) {
            return Optional.empty();
        }
        return after.stream().filter(c -> c.first() - m.last() <= 2 && governors.prepBefore(v, c, m).isEmpty())
                .findFirst();
    }

    /** Whether a subject pronoun stands between a relative word and the trigger ("which it called"). */
    private boolean pronounBefore(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.is(g, Kind.PRON_SUBJ, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject of the clause takes part in a noun trigger: a verb stands just before it (support
     * verb: "a offert un soutien") or it is an adjunct of the clause ("lors de sa visite", "during a visit").
     */
    private boolean supportVerb(SentenceView v, TriggerMatch m) {
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 6; i--) {
            if (v.isVerb(i) || v.pos(i).equals("X") || g.is(v.lang(), Kind.ADJUNCT_PREP, v.norm(i))) {
                return true;
            }
        }
        return false;
    }
}
