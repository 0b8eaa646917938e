package org.caravan.explore;

import java.util.Objects;

/** A stored document with its clean text, as the reader shows it. */
public record Article(Source source, String text) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
