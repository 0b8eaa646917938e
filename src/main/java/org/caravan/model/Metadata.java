package org.caravan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a document besides its text.
 *
 * @param source where it was read: a file, with its line or record when the file holds several
 * @param outlet the outlet that published it as its source named it (a JSONL {@code outlet}, {@code site} or
 *               {@code source} field), else empty
 */
public record Metadata(String source, Optional<String> url, Optional<String> title,
                       Optional<Published> published, Optional<String> outlet) {

    public Metadata {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** Metadata whose source names no outlet. */
    public Metadata(String source, Optional<String> url, Optional<String> title, Optional<Published> published) {
        this(source, url, title, published, Optional.empty());
    }

    public static Metadata of(String source) {
        return new Metadata(source, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Metadata withPublished(Published p) {
        return new Metadata(source, url, title, Optional.of(p), outlet);
    }

    public Metadata withTitle(String t) {
        return new Metadata(source, url, Optional.ofNullable(t).filter(s -> !s.isBlank()), published, outlet);
    }
}
