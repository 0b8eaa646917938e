package org.caravan.store;

import java.util.Objects;
import java.util.Optional;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;

/**
 * A document as stored: its metadata, clean text and status. A failed document keeps what was known of it
 * (source, url, title) and the reason of the failure; its text is empty.
 *
 * @param outlet the outlet its source named ({@link Metadata#outlet()}), else empty
 */
public record StoredDocument(String docId, String contentHash, String pipeline, String source, Optional<String> url,
                             Optional<String> title, Optional<PartialDate> published, Optional<String> publishedOrigin,
                             Optional<String> lang, String text, Status status, Optional<String> reason,
                             Optional<String> outlet) {

    public StoredDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedOrigin, "publishedOrigin");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** A document processed to the end. */
    public static StoredDocument done(Document d, String contentHash, String pipeline) {
        Metadata m = d.metadata();
        return new StoredDocument(d.id(), contentHash, pipeline, m.source(), m.url(), m.title(),
                m.published().map(Published::date), m.published().map(p -> p.origin().label()), d.lang(), d.text(),
                Status.DONE, Optional.empty(), m.outlet());
    }

    /** A document whose processing failed, with what was known of it and why it failed. */
    public static StoredDocument failed(String docId, String contentHash, String pipeline, Metadata m, String reason) {
        return new StoredDocument(docId, contentHash, pipeline, m.source(), m.url(), m.title(),
                m.published().map(Published::date), m.published().map(p -> p.origin().label()), Optional.empty(), "",
                Status.FAILED, Optional.of(reason), m.outlet());
    }
}
