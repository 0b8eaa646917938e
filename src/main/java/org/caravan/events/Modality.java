package org.caravan.events;

import java.util.Locale;

/**
 * How a trigger tells its act. Whether it is coded, and with which code, is the table of events/intent.tsv
 * ({@link ModalCodes}): an asserted act keeps its code, an intended one is 03x, a refused one 12x.
 */
public enum Modality {
    /** Asserted as having happened or happening. */
    ASSERTED,
    /** An intention, offer, promise or plan to act voiced by the source ("plans to visit"). */
    INTENT,
    /** Decided or agreed on by the source ("agreed to sign", "ont décidé d'expulser"). */
    DECIDED,
    /** Refused or declined by the source ("refused to meet", "a refusé de signer", "отказался"). */
    REFUSED,
    /** Negated ("did not recognise", "n'a pas condamné"). */
    NEGATED,
    FUTURE,
    CONDITIONAL,
    QUESTION,
    HEDGED,
    /** An act that the source asks, invites, urges or allows another actor to do ("invited Astana to join"). */
    REQUESTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
