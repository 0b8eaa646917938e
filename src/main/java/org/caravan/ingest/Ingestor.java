package org.caravan.ingest;

import org.caravan.model.Document;
import org.caravan.model.Metadata;

/**
 * Turns a raw document into a {@link Document}: clean article text, title, publication date.
 * Thread-safe. STUB: passes text through; the ingest feature replaces it.
 */
public final class Ingestor {

    public Document ingest(RawDocument raw) {
        Metadata m = new Metadata(raw.location(), raw.url(), raw.title(), java.util.Optional.empty());
        return Document.of(raw.id(), m, raw.content());
    }
}
