package org.caravan.events;

import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.model.PlaceRef;

/**
 * An actor or place mention of a sentence, with the sentence-relative token range it covers
 * ({@code first..last} inclusive).
 */
record Candidate(Mention mention, int first, int last) {

    Optional<ActorRef> actor() {
        return mention.actor();
    }

    Optional<PlaceRef> place() {
        return mention.place();
    }

    boolean isActor() {
        return mention.actor().isPresent();
    }

    /** The key of the actor, else the country of the place; empty when neither has one. */
    Optional<String> key() {
        if (mention.actor().isPresent()) {
            return mention.actor().get().key();
        }
        return mention.place().map(PlaceRef::country).filter(c -> !c.isBlank());
    }

    /** The actor, or for a place the country it lies in, as an actor named as the country is. */
    Optional<ActorRef> asActor() {
        if (mention.actor().isPresent()) {
            return mention.actor();
        }
        return mention.place().filter(p -> !p.country().isBlank())
                .map(p -> CountryNames.bundled().actor(p.country()));
    }

    /** Whether an actor mention names a country itself (not a person or body of it): "au Kazakhstan". */
    boolean isCountry() {
        return mention.actor().map(a -> a.key().isPresent() && a.code().equals(a.key().get())
                && a.key().get().length() == 3).orElse(false);
    }
}
