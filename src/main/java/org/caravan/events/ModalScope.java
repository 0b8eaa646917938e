package org.caravan.events;

import org.caravan.events.Grammar.Kind;
import org.caravan.events.ModalCues.Cue;

/**
 * How far the words that set a trigger's modality reach: its clause, cut at a coordinator that joins a clause with
 * its own subject and verb ("Macron reportedly met Xi, and Scholz visited Beijing": the hedge does not reach the
 * visit; "Paris did not condemn Moscow and Berlin criticised it"). Stateless; thread-safe.
 */
final class ModalScope {

    private final Grammar g;
    private final ModalCues cues;
    private final ArgumentFinder clauses;

    ModalScope(Grammar grammar, ModalCues cues, ArgumentFinder clauses) {
        this.g = grammar;
        this.cues = cues;
        this.clauses = clauses;
    }

    /** Where the trigger's modal scope starts: its clause's start, or after a coordinator that opens its clause. */
    int start(SentenceView v, TriggerMatch m) {
        int first = m.first();
        int start = clauses.clauseStart(v, first);
        for (int j = first - 1; j > start; j--) {
            if (joinsClauses(v, j, start)) {
                return j + 1;
            }
        }
        return start;
    }

    /** Where the trigger's modal scope ends: its clause's end, or before a coordinator that opens another clause. */
    int end(SentenceView v, TriggerMatch m) {
        int last = m.last();
        int end = clauses.clauseEnd(v, last);
        for (int j = last + 1; j < end; j++) {
            if (joinsClauses(v, j, last)) {
                return j - 1;
            }
        }
        return end;
    }

    /** Whether a verb stands in [from, to). */
    static boolean anyVerb(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the coordinator at j ("and", "et", "и", "und", "y", not a comma) joins two clauses: a verb stands
     * between {@code from} and it, and after it comes a subject (an actor or a subject pronoun) and then a verb.
     */
    private boolean joinsClauses(SentenceView v, int j, int from) {
        if (v.inMention(j) || v.norm(j).equals(",") || !v.is(g, Kind.COORD, j) || !anyVerb(v, from, j)) {
            return false;
        }
        int k = j + 1;
        while (k < v.size() && (v.pos(k).equals("DET") || v.is(g, Kind.SKIP, k))) {
            k++;
        }
        if (k >= v.size() || !(v.inMention(k) || v.is(g, Kind.PRON_SUBJ, k))) {
            return false;
        }
        while (k < v.size() && v.inMention(k)) {
            k++;
        }
        for (int i = k; i < Math.min(v.size(), k + 4); i++) {
            if (v.isVerb(i) && !infinitive(v, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at i is an infinitive after its marker or by its ending ("appelé la Russie et l'Ukraine à
     * reprendre", "exhortó a Rusia y Ucrania a negociar": no clause of their own).
     */
    private boolean infinitive(SentenceView v, int i) {
        return i > 0 && (v.is(g, Kind.INFINITIVE, i - 1) || cues.is(v, Cue.MARKER, i - 1))
                || g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(i));
    }
}
