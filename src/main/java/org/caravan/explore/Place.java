package org.caravan.explore;

import java.util.Objects;

/** Where an event happened, with coordinates. */
public record Place(String id, String name, String country, double lat, double lon) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }
}
