package org.caravan.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored event with what exports need of its document.
 *
 * @param globalId the event's number, stable across re-runs (GDELT's GLOBALEVENTID)
 * @param json the event as one line of {@code events.jsonl}
 * @param docLength the length of the document's clean text, in chars
 * @param added when the document was stored (UTC)
 */
public record EventRecord(long globalId, String docId, String json, String docSource, Optional<String> url,
                          Optional<String> lang, Optional<String> published, int docLength, Instant added) {

    public EventRecord {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(docSource, "docSource");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(added, "added");
    }
}
