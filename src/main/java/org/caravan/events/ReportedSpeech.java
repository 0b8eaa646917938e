package org.caravan.events;

import org.caravan.events.Grammar.Kind;
import org.caravan.events.ModalCues.Cue;

/**
 * Reported speech turns a told modality into what the speaker voices: a future told after a verb of announcement,
 * decision or agreement is an intention ("announced it would free"), and a conditional that backshifts a future
 * after a verb of saying is that future ("said it would send aid"). Stateless; thread-safe.
 */
final class ReportedSpeech {

    /** How many words before the trigger the verb of the reporting clause may stand. */
    private static final int REACH = 8;

    private final Grammar g;
    private final ModalCues cues;

    ReportedSpeech(Grammar grammar, ModalCues cues) {
        this.g = grammar;
        this.cues = cues;
    }

    /** The modality the trigger has once its reporting clause is read, given the modality its own clause tells. */
    Modality reframe(SentenceView v, TriggerMatch m, Modality told) {
        boolean backshift = told == Modality.CONDITIONAL && backshifted(v, m);
        if ((told == Modality.FUTURE || backshift) && before(v, m.first(), Kind.ANNOUNCE, Cue.DECIDE_VERB)) {
            return Modality.INTENT;
        }
        return backshift && before(v, m.first(), Kind.REPORT, Cue.DECIDE_VERB) ? Modality.FUTURE : told;
    }

    /**
     * A conditional that tells a future in reported speech (modality.tsv BACKSHIFT: "would", "würde" right before
     * the trigger; or the trigger's own conditional ending, "qu'il enverrait", "que enviaría").
     */
    private boolean backshifted(SentenceView v, TriggerMatch m) {
        for (int i = Math.max(0, m.first() - 3); i < m.first(); i++) {
            if (cues.is(v, Cue.BACKSHIFT, i)) {
                return true;
            }
        }
        int h = m.head();
        return !g.has(v.lang(), Kind.PERFECT_AUX) && g.endsWith(v.lang(), Kind.COND_SUFFIX, v.norm(h))
                && !v.lemma(h).equals(v.norm(h));
    }

    /**
     * Whether a word of the kind or cue stands at most eight words before the trigger: for a future act, the verb of
     * announcement, decision or agreement (or of saying) of the clause before it
     * ("announced it would free", "agreed that the airlines will start", "a annoncé qu'il enverrait"): voiced by
     * the actor, it is an expressed intention (GUIDELINES.md: 03x), not a planned event.
     */
    private boolean before(SentenceView v, int first, Kind kind, Cue cue) {
        for (int i = first - 1; i >= Math.max(0, first - REACH); i--) {
            if (v.is(g, kind, i) || cues.is(v, cue, i)) {
                return true;
            }
        }
        return false;
    }
}
