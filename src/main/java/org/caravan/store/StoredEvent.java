package org.caravan.store;

import java.util.Objects;
import java.util.Optional;

/**
 * An event as stored: a few columns to query by, and its export line ({@code events.jsonl}) as JSON.
 *
 * @param date ISO date truncated to its precision, when known
 * @param json the event serialised as one line of {@code events.jsonl}
 */
public record StoredEvent(String eventId, String cameo, Optional<String> date, String json) {

    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(json, "json");
    }
}
