package org.caravan.explore;

import java.util.Objects;

/** Where an event is told: a half-open character span of a document's clean text. */
public record Evidence(String docId, int start, int end) {

    public Evidence {
        Objects.requireNonNull(docId, "docId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + docId);
        }
    }
}
