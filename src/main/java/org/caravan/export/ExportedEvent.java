package org.caravan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caravan.store.EventRecord;

/**
 * One event as exported: its line of {@code events.jsonl} after the cross-document merge, its stable number (the
 * smallest number of the stored events it joins, so it survives later documents joining it) and the stored events it
 * was made of, which carry its documents' metadata.
 */
public record ExportedEvent(long globalId, ObjectNode event, List<EventRecord> members) {

    public ExportedEvent {
        Objects.requireNonNull(event, "event");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an exported event has at least one stored event");
        }
    }

    /** The documents that tell the event, by id, in the order of its members. */
    public Map<String, EventRecord> documents() {
        Map<String, EventRecord> docs = new LinkedHashMap<>();
        for (EventRecord r : members) {
            docs.putIfAbsent(r.docId(), r);
        }
        return docs;
    }

    /** The first document that told it (GDELT's SOURCEURL comes from it). */
    public EventRecord first() {
        return members.get(0);
    }

    public String text(String field) {
        JsonNode n = event.path(field);
        return n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    /** A field of the source or target actor ({@code role} = source or target), or empty. */
    public String actor(String role, String field) {
        JsonNode n = event.path(role).path(field);
        return n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    /** The event's place, if it has one. */
    public Optional<JsonNode> location() {
        JsonNode l = event.path("location");
        return l.isObject() ? Optional.of(l) : Optional.empty();
    }

    /** The mentions, in the order the event lists them. */
    public List<JsonNode> mentions() {
        List<JsonNode> out = new ArrayList<>();
        event.path("mentions").forEach(out::add);
        return out;
    }

    /** The outlet of a document, as the API names it: the host of its URL, else the file it was read from. */
    public static String outlet(EventRecord r) {
        return org.caravan.explore.Source.outletOf(r.url(), r.docSource());
    }
}
