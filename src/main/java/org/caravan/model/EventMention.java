package org.caravan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event is told: a document, its sentence index, the character span of the evidence and, when the coder
 * knows it, the span of the trigger (the words that name the happening, inside the evidence or beside it).
 */
public record EventMention(String docId, int sentence, Span span, Optional<Span> trigger) {

    public EventMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
    }

    /** A mention whose trigger is not known. */
    public EventMention(String docId, int sentence, Span span) {
        this(docId, sentence, span, Optional.empty());
    }
}
