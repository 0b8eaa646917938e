package org.caravan.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Event;
import org.caravan.model.Mention;
import org.caravan.model.PlaceRef;

/**
 * Expands the events of a group actor ("the two countries", "G7 leaders", "C5+1") by the star convention of the
 * coding guidelines: a group acting on one actor gives one dyad per member; one actor acting on a group, one dyad
 * toward each member; a group acting with itself (a symmetric event: "the two sides held talks") its hub (the
 * convener, else the first named) toward each other member. A symmetric event (talks, meeting, signing) of a
 * group the document named ("the two leaders signed a declaration against X") is among its members, whatever
 * other party the sentence names. The dyads of one event share a group id. Stateless.
 */
final class GroupExpansion {

    /** No cross product of two groups larger than this many dyads. */
    private static final int MAX_CROSS = 36;
    /** In the id of a group the document named ("the two leaders"), as opposed to an organisation's members. */
    private static final String NAMED = ":named:";

    private GroupExpansion() {
    }

    /** Whether an actor key is a group's ("group:..."). */
    static boolean isGroup(Optional<String> key) {
        return key.filter(k -> k.startsWith(Mention.GROUP)).isPresent();
    }

    /**
     * The targets of a symmetric event (roots 04, 06, 19, code 057) or a shared one (the codebook's shared trait,
     * root 03: "the two leaders
     * agreed to resume visits") with no target and a group source ("both presidents signed", "стороны
     * договорились"): the group itself, which the expansion pairs within.
     */
    static List<Candidate> selfTargets(List<Candidate> sources, String code) {
        if (!EventMerger.unordered(code) && !Codebook.standard().is(code, Codebook.Trait.SHARED)) {
            return List.of();
        }
        return sources.stream().filter(c -> isGroup(c.key())).limit(1).toList();
    }

    /** The events with every group actor replaced by its members, one dyad per member. */
    static List<Event> expand(String docId, List<Mention> mentions, List<Event> events) {
        Map<String, List<ActorRef>> members = new HashMap<>();
        for (Mention m : mentions) {
            if (m.isGroup()) {
                members.put(m.actor().get().id(), m.members());
            }
        }
        List<Event> out = new ArrayList<>();
        int groups = 0;
        for (Event e : events) {
            List<ActorRef[]> dyads = dyads(members.get(e.source().id()), members.get(e.target().id()), e);
            if (dyads.isEmpty() && (members.containsKey(e.source().id()) || members.containsKey(e.target().id()))) {
                continue;
            }
            if (dyads.isEmpty()) {
                out.add(e);
                continue;
            }
            String group = docId + "-g" + (++groups);
            for (ActorRef[] d : dyads) {
                out.add(new Event(e.id(), e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.date(), d[0], d[1],
                        e.location(), e.mentions(), e.confidence()).inGroup(group));
            }
        }
        return out;
    }

    private static List<ActorRef[]> dyads(List<ActorRef> groupSources, List<ActorRef> targets, Event e) {
        List<ActorRef[]> out = new ArrayList<>();
        List<ActorRef> sources = groupSources == null ? null : hostFirst(groupSources, e.location());
        boolean among = sources != null && EventMerger.unordered(e.cameo()) && e.source().id().contains(NAMED)
                && (targets == null || targets == groupSources);
        if (sources != null && (groupSources == targets || among)) {
            for (ActorRef m : sources.subList(1, sources.size())) {
                add(out, sources.get(0), m);
            }
        } else if (sources != null && targets != null) {
            if (sources.size() * targets.size() <= MAX_CROSS) {
                sources.forEach(s -> targets.forEach(t -> add(out, s, t)));
            }
        } else if (sources != null) {
            sources.forEach(s -> add(out, s, e.target()));
        } else if (targets != null) {
            targets.forEach(t -> add(out, e.source(), t));
        }
        return out;
    }

    /**
     * The members with the host first: the country where the event took place, when it is a member ("the three
     * parties signed in Beijing": China is the hub), as GUIDELINES.md makes the host or convener the hub.
     */
    static List<ActorRef> hostFirst(List<ActorRef> members, Optional<PlaceRef> place) {
        for (int i = 1; i < members.size(); i++) {
            if (place.isPresent() && members.get(i).key().equals(Optional.of(place.get().country()))) {
                List<ActorRef> out = new ArrayList<>(members);
                out.add(0, out.remove(i));
                return List.copyOf(out);
            }
        }
        return members;
    }

    /**
     * The arguments of a symmetric act of a coordinated subject, paired within ("Iran, Saudi Arabia and China signed
     * a joint statement in Beijing"), with the host first: the conjunct whose country the act took place in is the
     * hub, the source of the star; else the first named stays it.
     */
    static Arguments hostFirst(Arguments a, Optional<PlaceRef> place) {
        if (a.targetHow().via() != Arguments.Via.COORDINATED_WITH_SOURCE || place.isEmpty() || a.sources().size() != 1) {
            return a;
        }
        List<Candidate> all = new ArrayList<>(a.sources());
        all.addAll(a.targets());
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).key().equals(Optional.of(place.get().country()))) {
                Candidate host = all.remove(i);
                return new Arguments(List.of(host), all, a.sourceHow(), a.targetHow(), a.passive());
            }
        }
        return a;
    }

    private static void add(List<ActorRef[]> out, ActorRef s, ActorRef t) {
        if (s.key().isPresent() && t.key().isPresent() && !s.key().equals(t.key())) {
            out.add(new ActorRef[] {s, t});
        }
    }
}
