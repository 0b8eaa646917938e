package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Event;
import org.caravan.model.Mention;
import org.caravan.model.PlaceRef;
import org.caravan.model.Span;
import org.junit.jupiter.api.Test;

class GroupExpansionTest {

    private static ActorRef state(String key) {
        return new ActorRef(key, key, Optional.of(key), key);
    }

    private static final ActorRef GROUP = new ActorRef("group:named:0", "the two sides", Optional.of("group:named:0"), "GRP");
    private static final Mention SIDES = new Mention(new Span(0, 13), "the two sides", Optional.of(GROUP),
            Optional.empty(), "group", List.of(state("RUS"), state("CHN")));

    private static Event event(ActorRef s, ActorRef t, String code) {
        return new Event("", code, code.substring(0, 2), 1, 1.0, Optional.empty(), s, t, Optional.empty(), List.of(), 0.5);
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().id() + ">" + e.target().id() + " " + e.group().orElse("-")).toList();
    }

    @Test
    void aGroupSourceGivesOneDyadPerMemberMarkedAsOneGroup() {
        List<Event> out = GroupExpansion.expand("d", List.of(SIDES), List.of(event(GROUP, state("USA"), "112")));
        assertThat(dyads(out)).containsExactly("RUS>USA d-g1", "CHN>USA d-g1");
    }

    @Test
    void aGroupWithItselfIsItsHubTowardEachOtherMember() {
        List<Event> out = GroupExpansion.expand("d", List.of(SIDES), List.of(event(GROUP, GROUP, "057")));
        assertThat(dyads(out)).containsExactly("RUS>CHN d-g1");
    }

    @Test
    void aSymmetricEventOfANamedGroupIsAmongItsMembers() {
        List<Event> out = GroupExpansion.expand("d", List.of(SIDES), List.of(event(GROUP, state("USA"), "057")));
        assertThat(dyads(out)).containsExactly("RUS>CHN d-g1");
    }

    @Test
    void theHostOfAGroupsSymmetricEventIsItsHub() {
        PlaceRef beijing = new PlaceRef("beijing", "Beijing", "CHN", 39.9, 116.4);
        Event signed = new Event("", "057", "05", 1, 1.0, Optional.empty(), GROUP, GROUP, Optional.of(beijing),
                List.of(), 0.5);
        Mention three = new Mention(new Span(0, 16), "the three parties", Optional.of(GROUP), Optional.empty(),
                "group", List.of(state("IRN"), state("SAU"), state("CHN")));
        assertThat(dyads(GroupExpansion.expand("d", List.of(three), List.of(signed))))
                .containsExactly("CHN>IRN d-g1", "CHN>SAU d-g1");
    }

    @Test
    void withoutAMemberAsHostTheFirstNamedIsTheHub() {
        PlaceRef geneva = new PlaceRef("geneva", "Geneva", "CHE", 46.2, 6.1);
        assertThat(GroupExpansion.hostFirst(List.of(state("IRN"), state("SAU")), Optional.of(geneva)))
                .extracting(ActorRef::id).containsExactly("IRN", "SAU");
    }

    @Test
    void aMemberIsNeverPairedWithItself() {
        List<Event> out = GroupExpansion.expand("d", List.of(SIDES), List.of(event(state("RUS"), GROUP, "036")));
        assertThat(dyads(out)).containsExactly("RUS>CHN d-g1");
    }

    @Test
    void otherEventsAreKeptAsTheyAre() {
        List<Event> out = GroupExpansion.expand("d", List.of(SIDES), List.of(event(state("RUS"), state("USA"), "036")));
        assertThat(dyads(out)).containsExactly("RUS>USA -");
        assertThat(GroupExpansion.expand("d", List.of(), List.of())).isEmpty();
    }

    @Test
    void aSymmetricEventWithoutTargetPairsTheGroupWithinOnlyForUnorderedCodes() {
        Candidate c = new Candidate(SIDES, 0, 2);
        assertThat(GroupExpansion.selfTargets(List.of(c), "057")).containsExactly(c);
        assertThat(GroupExpansion.selfTargets(List.of(c), "112")).isEmpty();
        assertThat(GroupExpansion.selfTargets(List.of(c), "030")).containsExactly(c);
    }
}
