package org.caravan.model;

/** A place with its country (ISO alpha-3) and coordinates; {@code name} is the English name. */
public record PlaceRef(String id, String name, String country, double lat, double lon) {
}
