package org.caravan.events;

import org.caravan.events.Grammar.Kind;
import org.caravan.events.ModalCues.Cue;

/**
 * Decides the modality of a trigger from the words around it (grammar.tsv, modality.tsv): refusal, negation,
 * question, conditional, hedge, request, expressed intention (also announced aid: "announced $300 million in
 * aid", coded 033, for the codes of the codebook's {@code announced-intent} trait; an agreement or plan to act:
 * "agreed to sign"), future or plan. Precedence: refused, negated,
 * question, conditional, hedged, requested, intent, future. Which code each modality gives is events/intent.tsv
 * ({@link ModalCodes}). The words it reads are those of the trigger's {@link ModalScope}; verbs that govern the
 * trigger are {@link InfinitiveComplements}, tenses {@link FutureTense}, and a reporting clause before it
 * {@link ReportedSpeech}. Stateless; thread-safe.
 */
final class ModalityDetector {

    private final Grammar g;
    private final ModalCues cues;
    private final ArgumentFinder clauses;
    private final ModalScope scope;
    private final InfinitiveComplements complements;
    private final FutureTense future;
    private final ReportedSpeech reported;

    ModalityDetector(Grammar grammar, ModalCues cues, ArgumentFinder clauses) {
        this.g = grammar;
        this.cues = cues;
        this.clauses = clauses;
        this.scope = new ModalScope(grammar, cues, clauses);
        this.complements = new InfinitiveComplements(grammar, cues);
        this.future = new FutureTense(grammar, clauses);
        this.reported = new ReportedSpeech(grammar, cues);
    }

    /**
     * The trigger's modality; a future told after a verb of announcement, decision or agreement is an intention,
     * and a conditional that backshifts a future after a verb of saying is that future ("said it would send aid").
     */
    Modality of(SentenceView v, TriggerMatch m) {
        return reported.reframe(v, m, told(v, m));
    }

    /**
     * Whether the appeal or demand trigger asks for the act ("urged Belarus to release": the appeal asks for the
     * release, so it takes the code of an appeal for release, 0253).
     */
    boolean asksFor(SentenceView v, TriggerMatch appeal, TriggerMatch act) {
        if (act.first() <= appeal.last() || of(v, act) != Modality.REQUESTED) {
            return false;
        }
        int start = clauses.clauseStart(v, act.first());
        int verb = complements.requestingVerb(v, complements.actStart(v, act, start), start);
        return verb >= 0 && appeal.tokens().contains(verb);
    }

    /** The modality the trigger's own clause tells, each test in order of precedence; ASSERTED when none holds. */
    private Modality told(SentenceView v, TriggerMatch m) {
        int start = scope.start(v, m);
        int end = scope.end(v, m);
        Modality found = negation(v, m, start, end);
        if (found == Modality.ASSERTED) {
            found = isQuestion(v) ? Modality.QUESTION : conditional(v, m, start);
        }
        if (found == Modality.ASSERTED) {
            found = hedgedOrAskedFor(v, m, start, end);
        }
        if (found == Modality.ASSERTED) {
            found = future.closingAuxiliary(v, m, end);
        }
        return found == Modality.ASSERTED ? intentOrFuture(v, m, start, end) : found;
    }

    /** REFUSED after a verb of refusal, NEGATED after a negation in the scope; ASSERTED when neither. */
    private Modality negation(SentenceView v, TriggerMatch m, int start, int end) {
        int h = m.head();
        int first = m.first();
        boolean noun = m.entry().pos().equals("NOUN");
        for (int i = Math.max(start, first - 8); i < first; i++) {
            if (v.is(g, Kind.NEG_VERB, i) || cues.is(v, Cue.REFUSE, i)) {
                return Modality.REFUSED;
            }
        }
        for (int i = Math.max(start, first - (noun ? 2 : 4)); i <= Math.min(end, m.last() + 1); i++) {
            if (!m.tokens().contains(i) && v.is(g, Kind.NEG, i) && (i < h || g.is(v.lang(), Kind.NEG, "ne"))) {
                if (i < h || hasBefore(v, Kind.NEG, Math.max(start, first - 3), first)) {
                    return Modality.NEGATED;
                }
            }
        }
        for (int i = Math.max(start, first - 2); i < first; i++) {
            if (v.is(g, Kind.NEG_DET, i)) {
                return Modality.NEGATED;
            }
        }
        return Modality.ASSERTED;
    }

    /** Whether the sentence ends with a question mark, closing quotes aside. */
    private static boolean isQuestion(SentenceView v) {
        return v.text().strip().replaceAll("[»”\"'\\s]+$", "").endsWith("?");
    }

    /**
     * CONDITIONAL after a conditional auxiliary, with a conditional ending on the trigger, a verb just before it or
     * the verb that governs a noun trigger, or after a conditional word that opens the scope; else ASSERTED.
     */
    private Modality conditional(SentenceView v, TriggerMatch m, int start) {
        int first = m.first();
        for (int i = Math.max(start, first - 3); i < first; i++) {
            if (v.is(g, Kind.COND_AUX, i) && !v.is(g, Kind.COND_WORD, i)) {
                return Modality.CONDITIONAL;
            }
        }
        int verb = m.entry().pos().equals("NOUN") ? governingVerb(v, m, start) : -1;
        for (int i = Math.max(start, first - 3); i <= m.head(); i++) {
            if ((i == m.head() || v.isVerb(i) || v.pos(i).equals("X")) && conditionalEnding(v, i)) {
                return Modality.CONDITIONAL;
            }
        }
        if (verb >= 0 && conditionalEnding(v, verb)) {
            return Modality.CONDITIONAL;
        }
        for (int i = start; i < first; i++) {
            if (v.is(g, Kind.COND_WORD, i) && (i == start || v.norm(i - 1).equals(","))) {
                return Modality.CONDITIONAL;
            }
        }
        return Modality.ASSERTED;
    }

    /** Whether the word at i is an inflected form with a conditional ending (COND_SUFFIX). */
    private boolean conditionalEnding(SentenceView v, int i) {
        return g.endsWith(v.lang(), Kind.COND_SUFFIX, v.norm(i)) && !v.lemma(i).equals(v.norm(i));
    }

    /**
     * HEDGED by a hedge word in the scope or a claim; REQUESTED by an appeal verb; DECIDED or INTENT by a verb
     * that governs the trigger as its complement; else ASSERTED.
     */
    private Modality hedgedOrAskedFor(SentenceView v, TriggerMatch m, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (v.is(g, Kind.HEDGE, i)) {
                return Modality.HEDGED;
            }
        }
        if (isClaimed(v, m)) {
            return Modality.HEDGED;
        }
        int act = complements.actStart(v, m, start);
        if (act >= 0 && complements.requestingVerb(v, act, start) >= 0) {
            return Modality.REQUESTED;
        }
        if (complements.governedBy(v, m, start, Cue.DECIDE_VERB)) {
            return Modality.DECIDED;
        }
        return complements.governedBy(v, m, start, Cue.INTENT_VERB) ? Modality.INTENT : Modality.ASSERTED;
    }

    /**
     * INTENT after a word of intention (or of announcement, for a noun trigger of announced aid); FUTURE when a
     * future is told; else ASSERTED.
     */
    private Modality intentOrFuture(SentenceView v, TriggerMatch m, int start, int end) {
        boolean noun = m.entry().pos().equals("NOUN");
        boolean aid = noun && Codebook.standard().is(m.entry().code(), Codebook.Trait.ANNOUNCED_INTENT);
        for (int i = Math.max(start, m.first() - 6); i < m.first(); i++) {
            if (v.is(g, Kind.INTENT, i) || aid && v.is(g, Kind.ANNOUNCE, i)) {
                return Modality.INTENT;
            }
        }
        if (noun && future.futureVerbBeforeNoun(v, m, start)) {
            return Modality.FUTURE;
        }
        return future.isFuture(v, m, start, end) ? Modality.FUTURE : Modality.ASSERTED;
    }

    /**
     * An act told as someone's accusation or allegation: a claim verb at most 12 words before the trigger, then a
     * link word ("alleged that France helped", "accused Israel of carrying out the attack").
     */
    private boolean isClaimed(SentenceView v, TriggerMatch m) {
        for (int i = 0; i < m.first(); i++) {
            if (v.is(g, Kind.CLAIM, i) && !m.tokens().contains(i)) {
                for (int j = i + 1; j < m.first(); j++) {
                    boolean near = m.first() - i <= 12;
                    // "alleged that France knew, and that its army took part": a link word repeated after a
                    // coordinator opens another complement of the same claim
                    boolean repeated = j > i + 1 && v.is(g, Kind.COORD, j - 1) && !v.norm(j - 1).equals(",");
                    if (v.is(g, Kind.CLAIM_LINK, j) && (near || repeated)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nearest verb before a noun trigger in its clause, or -1. */
    private static int governingVerb(SentenceView v, TriggerMatch m, int start) {
        for (int i = m.first() - 1; i >= start; i--) {
            if (v.pos(i).equals("VERB") || v.pos(i).equals("AUX")) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasBefore(SentenceView v, Kind kind, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.is(g, kind, i)) {
                return true;
            }
        }
        return false;
    }
}
