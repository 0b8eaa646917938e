package org.caravan.explore;

/** The database could not be read (HTTP 503): the message names the database and the cause. */
public final class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
