package org.caravan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention of an actor or a place, resolved to the knowledge base. A capital used for its state
 * ("Pékin a dénoncé") carries the actor; a capital where something happens ("à Astana") the place.
 *
 * @param reason why it resolved so: which alias, which office held by whom, which antecedent
 */
public record Mention(Span span, String text, Optional<ActorRef> actor, Optional<PlaceRef> place, String reason) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(place, "place");
        if (actor.isEmpty() && place.isEmpty()) {
            throw new IllegalArgumentException("a mention resolves to an actor or a place: " + text);
        }
    }
}
