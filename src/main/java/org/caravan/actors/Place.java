package org.caravan.actors;

import java.util.Objects;
import org.caravan.model.PlaceRef;

/** A city or town: English name, country (ISO alpha-3), coordinates, and whether it is the capital. */
public record Place(String id, String name, String country, double lat, double lon, boolean capital) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }

    public PlaceRef ref() {
        return new PlaceRef(id, name, country, lat, lon);
    }
}
