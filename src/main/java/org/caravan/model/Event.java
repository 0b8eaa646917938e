package org.caravan.model;

import java.util.List;
import java.util.Optional;

/**
 * A coded event: who did what to whom, where and when, with its evidence.
 *
 * @param cameo     full CAMEO code ("042")
 * @param root      its two-digit root ("04")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record Event(String id, String cameo, String root, int quadClass, double goldstein,
                    Optional<PartialDate> date, ActorRef source, ActorRef target, Optional<PlaceRef> location,
                    List<EventMention> mentions, double confidence) {

    public Event {
        mentions = List.copyOf(mentions);
    }
}
