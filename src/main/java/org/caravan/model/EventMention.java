package org.caravan.model;

/** Where an event is told: a document, its sentence index and the character span of the evidence. */
public record EventMention(String docId, int sentence, Span span) {
}
