package org.caravan.model;

/** Where a publication date came from. */
public enum DateOrigin {
    /** Given with the input (JSONL field, feed item date, WARC metadata). */
    INPUT,
    /** HTML metadata: Open Graph, schema.org, {@code <time>}. */
    HTML_META,
    /** A dateline found in the text. */
    DATELINE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
