package org.caravan.events;

import org.caravan.events.Grammar.Kind;
import org.caravan.events.ModalCues.Cue;

/**
 * The verbs that govern a trigger as their infinitive complement: a verb of decision or intention ("agreed to
 * sign", "ont convenu de renforcer"), or a verb of appeal that asks for the act ("urged Russia to withdraw").
 * Stateless; thread-safe.
 */
final class InfinitiveComplements {

    private final Grammar g;
    private final ModalCues cues;

    InfinitiveComplements(Grammar grammar, ModalCues cues) {
        this.g = grammar;
        this.cues = cues;
    }

    /**
     * A verb of the class (modality.tsv DECIDE_VERB, INTENT_VERB) that governs the trigger as its infinitive
     * complement: through a marker with no other verb on either side of it ("agreed to sign", "ont convenu de
     * renforcer", "vereinbarten, die Zusammenarbeit zu vertiefen", "acordaron firmar"), or right before a verb
     * trigger ("договорились подписать"). "The planned visit" is no intention: a noun trigger needs the marker.
     */
    boolean governedBy(SentenceView v, TriggerMatch m, int start, Cue verbs) {
        int first = m.first();
        boolean verbTrigger = verbTrigger(v, m);
        int infinitive = verbTrigger ? -1 : infinitiveBefore(v, m, start);
        if (infinitive >= 0) {
            first = infinitive;
            verbTrigger = true;
        }
        for (int i = first - 1; i >= Math.max(start, first - 8); i--) {
            if (!cues.is(v, verbs, i) || m.tokens().contains(i)) {
                continue;
            }
            if (i == first - 1) {
                return verbTrigger;
            }
            for (int k = i + 1; k < first; k++) {
                if (cues.is(v, Cue.MARKER, k) && !ModalScope.anyVerb(v, i + 1, k)
                        && !ModalScope.anyVerb(v, k + 1, first) && (verbTrigger || k == first - 1)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Where the act's verb phrase starts: a verb trigger's first word; for a noun trigger the infinitive whose
     * object it is ("à reprendre les négociations", "to hold talks", "провести совместные учения"), else -1.
     */
    int actStart(SentenceView v, TriggerMatch m, int start) {
        return verbTrigger(v, m) ? m.first() : infinitiveBefore(v, m, start);
    }

    /**
     * The index of the appeal verb that asks for the act starting at {@code first}, or -1: an infinitive right
     * after its marker ("to", "à", "de"; or an infinitive by its ending, `INFINITIVE_SUFFIX`: "призвал Украину
     * вернуться") whose clause opens with a verb of appeal, invitation or permission that names an addressee in
     * between: "invited Astana to join", "urged Russia to withdraw". The act is asked for, not told.
     */
    int requestingVerb(SentenceView v, int first, int start) {
        int marker = first - 1;
        if (marker > start && !v.is(g, Kind.INFINITIVE, marker)
                && g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(first))) {
            marker = first;
        }
        if (marker <= start || marker < first && !v.is(g, Kind.INFINITIVE, marker)) {
            return -1;
        }
        for (int i = marker - 2; i >= Math.max(start, marker - 8); i--) {
            if (v.is(g, Kind.APPEAL_VERB, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean verbTrigger(SentenceView v, TriggerMatch m) {
        return !m.entry().pos().equals("NOUN") && !v.pos(m.head()).equals("NOUN");
    }

    /**
     * The infinitive that governs a noun trigger as its object: a verb at most three words before it with only
     * determiners, adjectives, numerals or a preposition between, itself an infinitive (after its marker, or with
     * an infinitive ending: `INFINITIVE_SUFFIX`, Russian "-ть"); -1 if none.
     */
    private int infinitiveBefore(SentenceView v, TriggerMatch m, int start) {
        for (int i = m.first() - 1; i >= Math.max(start, m.first() - 4); i--) {
            String p = v.pos(i);
            boolean suffix = g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(i));
            if (v.isVerb(i) || p.equals("X") && suffix) {
                boolean marked = i > start && (v.is(g, Kind.INFINITIVE, i - 1) || cues.is(v, Cue.MARKER, i - 1));
                return marked || suffix ? i : -1;
            }
            boolean filler = p.equals("DET") || p.equals("ADJ") || p.equals("NUM") || p.equals("ADP")
                    || p.equals("X") && !v.isPunct(i);
            if (v.inMention(i) || !filler) {
                return -1;
            }
        }
        return -1;
    }
}
