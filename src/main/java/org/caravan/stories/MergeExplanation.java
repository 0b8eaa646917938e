package org.caravan.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why the cross-document merge made one event of some tellings and kept their near neighbours apart: the events of
 * one actor pair are clustered as the merge does (clusters never cross pairs, so the pair alone gives the same
 * clusters as the whole archive in the same order), the cluster holding the asked event is found, and each other
 * telling of the pair is told with the first test it fails against a member. Stateless and thread-safe.
 */
public final class MergeExplanation {

    /** A telling of the event, and why it joined the first one (empty for the first one). */
    public record Joined(ObjectNode event, String why) {
    }

    /** A telling of the same pair kept apart, and why. */
    public record Apart(ObjectNode event, String why) {
    }

    /** The explanation of one merged event: its tellings and the near candidates kept apart. */
    public record Explained(String eventId, List<Joined> joined, List<Apart> apart) {
        public Explained {
            joined = List.copyOf(joined);
            apart = List.copyOf(apart);
        }
    }

    private final CrossDocumentMerge merge;

    public MergeExplanation(CrossDocumentMerge merge) {
        this.merge = merge;
    }

    /** The key of an event, to select the pair's events with. */
    public static String pair(ObjectNode event) {
        return Telling.of(event).pair();
    }

    /**
     * Explains the event {@code eventId} (the merged event's id or the id of any telling it joined) among the
     * per-document events of its pair, given in the merge's input order; empty when no telling has that id.
     */
    public Optional<Explained> explain(String eventId, List<ObjectNode> pairEvents) {
        return explain(eventId, pairEvents, pairEvents.stream().map(Telling::of).toList());
    }

    /**
     * The same with the tellings' keys given (in their canonical place, with their articles' publication days, as
     * the merge step over the store takes them: {@link Telling#in}).
     */
    public Optional<Explained> explain(String eventId, List<ObjectNode> pairEvents, List<Telling> keys) {
        for (int[] c : merge.clusters(keys)) {
            boolean hit = false;
            for (int i : c) {
                hit |= pairEvents.get(i).path("id").asText().equals(eventId);
            }
            if (hit) {
                return Optional.of(explain(c, pairEvents, keys));
            }
        }
        return Optional.empty();
    }

    private Explained explain(int[] c, List<ObjectNode> events, List<Telling> keys) {
        List<Joined> joined = new ArrayList<>();
        Telling first = keys.get(c[0]);
        for (int k = 0; k < c.length; k++) {
            joined.add(new Joined(events.get(c[k]), k == 0 ? "the first telling: its id is the event's"
                    : merge.whyJoined(first, keys.get(c[k]))));
        }
        List<Apart> apart = new ArrayList<>();
        java.util.Set<Integer> in = new java.util.HashSet<>();
        for (int i : c) {
            in.add(i);
        }
        for (int i = 0; i < events.size(); i++) {
            if (in.contains(i)) {
                continue;
            }
            String why = null;
            for (int m : c) {
                Optional<String> w = merge.whyApart(keys.get(m), keys.get(i));
                if (w.isPresent()) {
                    why = w.get() + (m == c[0] ? "" : " (against " + events.get(m).path("id").asText() + ")");
                    break;
                }
            }
            apart.add(new Apart(events.get(i), why != null ? why
                    : "agrees with every telling, but had joined an earlier event of the pair it also agrees with"));
        }
        return new Explained(events.get(c[0]).path("id").asText(), joined, apart);
    }
}
