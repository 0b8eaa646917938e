package org.caravan.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A document as read from its source, before cleaning: decoded text or HTML and the metadata the
 * source gave with it (JSONL fields, feed item fields, WARC headers).
 *
 * @param outlet the outlet that published it when the source names one (a JSONL {@code outlet}, {@code site} or
 *               {@code source} field), else empty
 */
public record RawDocument(String id, String location, Format format, String content, Optional<String> url,
                          Optional<String> title, Optional<String> published, Optional<String> lang,
                          Optional<String> outlet)
        implements SourceItem {

    public enum Format { TEXT, HTML }

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** A document whose source names no outlet. */
    public RawDocument(String id, String location, Format format, String content, Optional<String> url,
                       Optional<String> title, Optional<String> published, Optional<String> lang) {
        this(id, location, format, content, url, title, published, lang, Optional.empty());
    }

    public static RawDocument text(String id, String location, String content) {
        return new RawDocument(id, location, Format.TEXT, content, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
