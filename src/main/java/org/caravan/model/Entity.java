package org.caravan.model;

/** A named entity from the NLP library: PERSON, LOCATION, ORGANIZATION, MISC... */
public record Entity(Span span, String type) {
}
