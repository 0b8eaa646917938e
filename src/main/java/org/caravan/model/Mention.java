package org.caravan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mention of an actor or a place, resolved to the knowledge base. A capital used for its state
 * ("Pékin a dénoncé") carries the actor; a capital where something happens ("à Astana") the place.
 *
 * @param reason  why it resolved so: which alias, which office held by whom, which antecedent
 * @param members for a group ("the two countries", "G7 leaders", "C5+1"), the actors it stands for, its hub (the
 *                host or convener, else the first named) first; empty for any other mention
 */
public record Mention(Span span, String text, Optional<ActorRef> actor, Optional<PlaceRef> place, String reason,
                      List<ActorRef> members) {

    /** The key prefix of a group's actor: events with such an actor are expanded to its members. */
    public static final String GROUP = "group:";

    public Mention(Span span, String text, Optional<ActorRef> actor, Optional<PlaceRef> place, String reason) {
        this(span, text, actor, place, reason, List.of());
    }

    /** Whether the actor stands for a group of actors. */
    public boolean isGroup() {
        return !members.isEmpty();
    }

    public Mention {
        members = List.copyOf(members);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(place, "place");
        if (actor.isEmpty() && place.isEmpty()) {
            throw new IllegalArgumentException("a mention resolves to an actor or a place: " + text);
        }
    }
}
