package org.caravan.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravan.store.MergeArchive;
import org.caravan.store.MergeArchive.StoredMerged;
import org.caravan.store.StoreException;

/**
 * The lines of {@code events.jsonl} and {@code stories.jsonl} for some documents, read from the merged events and
 * stories kept in the store: every merged event told by one of them (with all its mentions, also those of other
 * documents), with its story's id in {@code story}, and those stories. Events come in the order of the first of the
 * documents that tells them, then in the order of their tellings there; stories in the order of their first event.
 *
 * @param events  events.jsonl lines
 * @param stories stories.jsonl lines
 */
public record ArchiveLines(List<String> events, List<String> stories) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArchiveLines {
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }

    public static ArchiveLines of(MergeArchive archive, List<String> docIds) {
        Map<String, Integer> position = new HashMap<>();
        for (String d : docIds) {
            position.putIfAbsent(d, position.size());
        }
        List<ObjectNode> events = new ArrayList<>();
        Map<ObjectNode, long[]> order = new java.util.IdentityHashMap<>();
        Set<String> storyIds = new LinkedHashSet<>();
        for (StoredMerged m : archive.mergedTelling(docIds)) {
            ObjectNode e = parse(m.row().json());
            m.storyId().ifPresent(s -> e.put("story", s));
            events.add(e);
            order.put(e, placeOf(e, position));
        }
        events.sort(Comparator.comparingLong((ObjectNode e) -> order.get(e)[0])
                .thenComparingLong(e -> order.get(e)[1]).thenComparing(e -> e.path("id").asText()));
        List<String> lines = new ArrayList<>(events.size());
        for (ObjectNode e : events) {
            lines.add(e.toString());
            if (e.hasNonNull("story")) {
                storyIds.add(e.get("story").asText());
            }
        }
        Map<String, String> stories = new HashMap<>();
        archive.stories(storyIds).forEach(s -> stories.put(s.storyId(), s.json()));
        List<String> storyLines = new ArrayList<>();
        for (String id : storyIds) {
            if (stories.containsKey(id)) {
                storyLines.add(stories.get(id));
            }
        }
        return new ArchiveLines(lines, storyLines);
    }

    /** The first listed document telling the event, and the place of its first telling there (by offsets). */
    private static long[] placeOf(ObjectNode e, Map<String, Integer> position) {
        long best = Long.MAX_VALUE;
        long at = Long.MAX_VALUE;
        for (var m : e.path("mentions")) {
            Integer p = position.get(m.path("doc_id").asText());
            if (p == null) {
                continue;
            }
            long start = m.path("start").asLong();
            if (p < best || (p == best && start < at)) {
                best = p;
                at = start;
            }
        }
        return new long[] {best, at};
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("a stored merged event is not a JSON object", e);
        }
    }
}
