package org.caravan.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event as one document told it, with what the export needs of that document. Absent values are empty strings
 * (the record crosses the network, where {@code Optional} does not go).
 *
 * @param docOrder the document's place in input order ({@link Order#document})
 * @param index the event's place among its document's events
 * @param json the event as a line of {@code events.jsonl}
 */
record Told(long docOrder, int index, String json, String docId, String docSource, String url, String lang,
            String published, int docLength) implements Serializable {

    /** Input order: by document, then by the event's place in it (the order {@code analyze} merges in). */
    static final Comparator<Told> INPUT_ORDER = Comparator.comparingLong(Told::docOrder).thenComparingInt(Told::index);

    Told {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(docSource, "docSource");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(published, "published");
    }
}
