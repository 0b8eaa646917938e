package org.caravan.spark;

import java.util.List;
import java.util.Objects;

/**
 * A processed document: its place in input order, its line of {@code documents.jsonl} (a failed document too, with
 * its status and reason) and the events coded from it, before the cross-document merge.
 */
record ExtractedDocument(long order, String json, List<Told> events) implements Extracted {

    ExtractedDocument {
        Objects.requireNonNull(json, "json");
        events = List.copyOf(events);
    }
}
