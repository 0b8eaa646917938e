package org.caravan.model;

import java.util.List;
import java.util.Optional;

/**
 * A coded event: who did what to whom, where and when, with its evidence.
 *
 * @param cameo     full CAMEO code ("042")
 * @param root      its two-digit root ("04")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param group     the id of the group event it is one dyad of (star convention), when it is
 */
public record Event(String id, String cameo, String root, int quadClass, double goldstein,
                    Optional<PartialDate> date, ActorRef source, ActorRef target, Optional<PlaceRef> location,
                    List<EventMention> mentions, double confidence, Optional<String> group) {

    public Event {
        mentions = List.copyOf(mentions);
        java.util.Objects.requireNonNull(group, "group");
    }

    /** An event of two actors, not one dyad of a group's event. */
    public Event(String id, String cameo, String root, int quadClass, double goldstein, Optional<PartialDate> date,
                 ActorRef source, ActorRef target, Optional<PlaceRef> location, List<EventMention> mentions,
                 double confidence) {
        this(id, cameo, root, quadClass, goldstein, date, source, target, location, mentions, confidence,
                Optional.empty());
    }

    /** The same event as one dyad of a group's event, {@code group} naming the group. */
    public Event inGroup(String group) {
        return new Event(id, cameo, root, quadClass, goldstein, date, source, target, location, mentions, confidence,
                Optional.of(group));
    }
}
