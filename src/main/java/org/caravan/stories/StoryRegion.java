package org.caravan.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.store.MergeArchive;
import org.caravan.store.MergeArchive.StoredMerged;
import org.caravan.store.StoreException;

/**
 * The part of the stored stories that a merge step must group again, bounded by the dense runs of dates around the
 * change ({@link StoryGrouping#runs}). A merged event merged again exactly as it was stored is not a change. In each
 * story block a changed event is in (old or new version), only the run of dates holding it can link differently; the events of those runs, the merged events that replace a changed
 * block, and every event of the stories any of them was in make the {@link Region#scope scope}, whose stories are
 * grouped again. Links outside the changed runs are the old ones, so they join an event of the scope only to
 * events of its old story, which is in the scope too: grouping the scope with the whole runs of its events
 * ({@link Region#events}) gives, for the stories of the scope, what grouping the whole archive gives, and every
 * other story is unchanged. One per step; not thread-safe.
 */
final class StoryRegion {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to group: {@code events} (sorted by id); the stories holding an event of {@code scope} are the new ones,
     * replacing {@code oldStories}. {@code kept}: the merged events merged again as they were, with their story.
     */
    record Region(List<ObjectNode> events, Set<String> scope, Set<String> oldStories, Map<String, String> kept) {
    }

    /** One merged event as the region sees it: in the store (with its story), or new. */
    private record Node(String id, ObjectNode json, Set<String> keys, Optional<Dates.Interval> when,
                        Optional<String> story, boolean changed) {
    }

    private final MergeArchive archive;
    private final Set<String> blocks;
    private final Map<String, Node> pool = new LinkedHashMap<>();
    private final Map<String, List<Node>> byKey = new HashMap<>();
    private final Set<String> loaded = new HashSet<>();

    private StoryRegion(MergeArchive archive, Set<String> blocks) {
        this.archive = archive;
        this.blocks = blocks;
    }

    /**
     * The region of one step: {@code blocks} are the merge blocks merged again, {@code old} their stored merged
     * events, {@code merged} the merged events that replace them.
     */
    static Region of(MergeArchive archive, Set<String> blocks, List<StoredMerged> old, List<ObjectNode> merged) {
        return new StoryRegion(archive, blocks).region(old, merged);
    }

    private Region region(List<StoredMerged> old, List<ObjectNode> merged) {
        Map<String, StoredMerged> before = new HashMap<>();
        old.forEach(m -> before.put(m.row().eventId(), m));
        Map<String, String> kept = new HashMap<>();
        Set<String> scope = new HashSet<>();
        for (ObjectNode e : merged) {
            String id = e.path("id").asText();
            StoredMerged was = before.get(id);
            if (was != null && was.row().json().equals(e.toString()) && was.storyId().isPresent()) {
                before.remove(id);
                kept.put(id, was.storyId().get());
                add(node(id, e, StoryGrouping.keys(e), was.storyId(), false));
            } else {
                scope.add(id);
                add(node(id, e, StoryGrouping.keys(e), Optional.empty(), true));
            }
        }
        List<Node> olds = before.values().stream().map(m -> stored(m, true)).toList();
        scope.addAll(changedRuns(olds));
        Set<String> oldStories = new HashSet<>();
        olds.forEach(n -> n.story().ifPresent(oldStories::add));
        scope.forEach(id -> pool.get(id).story().ifPresent(oldStories::add));
        for (StoredMerged m : archive.mergedInStories(oldStories)) {
            if (!blocks.contains(m.row().block())) {
                scope.add(add(stored(m, false)).id());
            } else if (kept.containsKey(m.row().eventId())) {
                scope.add(m.row().eventId());
            }
        }
        return new Region(withRuns(scope), scope, oldStories, kept);
    }

    /**
     * The events of today's archive in the runs that hold a change: in each block of a changed event, the runs of
     * its events old and new together (a cut of them is a cut of today's events and of yesterday's).
     */
    private Set<String> changedRuns(List<Node> olds) {
        Set<String> changedKeys = new HashSet<>();
        olds.forEach(n -> changedKeys.addAll(n.keys()));
        pool.values().stream().filter(Node::changed).forEach(n -> changedKeys.addAll(n.keys()));
        load(changedKeys);
        Set<String> out = new HashSet<>();
        for (String k : changedKeys) {
            List<Node> block = new ArrayList<>(byKey.getOrDefault(k, List.of()));
            olds.stream().filter(n -> n.keys().contains(k)).forEach(block::add);
            for (List<Node> run : runs(k, block)) {
                if (run.stream().anyMatch(Node::changed)) {
                    run.stream().filter(n -> pool.get(n.id()) == n).forEach(n -> out.add(n.id()));
                }
            }
        }
        return out;
    }

    /** The scope's events with every event of the runs they are in, in every block they are in, sorted by id. */
    private List<ObjectNode> withRuns(Set<String> scope) {
        Set<String> keys = new HashSet<>();
        scope.forEach(id -> keys.addAll(pool.get(id).keys()));
        load(keys);
        Set<String> region = new HashSet<>(scope);
        for (String k : keys) {
            for (List<Node> run : runs(k, byKey.getOrDefault(k, List.of()))) {
                if (run.stream().anyMatch(n -> scope.contains(n.id()))) {
                    run.forEach(n -> region.add(n.id()));
                }
            }
        }
        List<ObjectNode> out = new ArrayList<>(region.size());
        region.forEach(id -> out.add(pool.get(id).json()));
        out.sort(Comparator.comparing(e -> e.path("id").asText()));
        return out;
    }

    private static List<List<Node>> runs(String key, List<Node> block) {
        List<List<Node>> out = new ArrayList<>();
        for (List<Integer> run : StoryGrouping.runs(key, block.stream().map(Node::when).toList())) {
            out.add(run.stream().map(block::get).toList());
        }
        return out;
    }

    /** Reads the stored merged events of the keys not read yet (those of re-merged blocks left out). */
    private void load(Collection<String> keys) {
        List<String> fresh = keys.stream().filter(loaded::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        for (StoredMerged m : archive.mergedWithKeys(fresh)) {
            if (!blocks.contains(m.row().block()) && !pool.containsKey(m.row().eventId())) {
                add(stored(m, false));
            }
        }
    }

    private Node add(Node n) {
        Node known = pool.putIfAbsent(n.id(), n);
        if (known != null) {
            return known;
        }
        n.keys().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(n));
        return n;
    }

    private static Node stored(StoredMerged m, boolean changed) {
        ObjectNode json;
        try {
            json = (ObjectNode) JSON.readTree(m.row().json());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("the stored merged event " + m.row().eventId() + " is not a JSON object", e);
        }
        return node(m.row().eventId(), json, m.row().storyKeys(), m.storyId(), changed);
    }

    private static Node node(String id, ObjectNode json, Set<String> keys, Optional<String> story, boolean changed) {
        return new Node(id, json, Set.copyOf(keys), StoryGrouping.Facts.of(json).when(), story, changed);
    }
}
