package org.caravan.store;

import java.util.Locale;

/** Whether a stored document was processed to the end or failed. */
public enum Status {
    DONE, FAILED;

    /** Lower-case name, as stored and written in {@code documents.jsonl}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Status parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
