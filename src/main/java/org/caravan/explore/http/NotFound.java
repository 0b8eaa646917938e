package org.caravan.explore.http;

/** What the request names does not exist (HTTP 404). */
public final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
