package org.caravan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a document besides its text.
 *
 * @param source where it was read: a file, with its line or record when the file holds several
 */
public record Metadata(String source, Optional<String> url, Optional<String> title,
                       Optional<Published> published) {

    public Metadata {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
    }

    public static Metadata of(String source) {
        return new Metadata(source, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Metadata withPublished(Published p) {
        return new Metadata(source, url, title, Optional.of(p));
    }

    public Metadata withTitle(String t) {
        return new Metadata(source, url, Optional.ofNullable(t).filter(s -> !s.isBlank()), published);
    }
}
