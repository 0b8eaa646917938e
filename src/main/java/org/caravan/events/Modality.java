package org.caravan.events;

import java.util.Locale;

/** Whether a trigger tells something that happened, and if not, why not. */
public enum Modality {
    /** Asserted as having happened or happening: coded. */
    ASSERTED(true),
    /** An intention, offer, promise or wish voiced by the source: coded as a 03x event. */
    INTENT(true),
    NEGATED(false),
    FUTURE(false),
    CONDITIONAL(false),
    QUESTION(false),
    HEDGED(false),
    /** An act that the source asks, invites, urges or allows another actor to do ("invited Astana to join"). */
    REQUESTED(false);

    private final boolean coded;

    Modality(boolean coded) {
        this.coded = coded;
    }

    /** Whether an event so told is coded. */
    public boolean coded() {
        return coded;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
