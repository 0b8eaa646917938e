package org.caravan.model;

/** A publication date with where it was found. */
public record Published(PartialDate date, DateOrigin origin) {
    public Published {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(origin, "origin");
    }
}
