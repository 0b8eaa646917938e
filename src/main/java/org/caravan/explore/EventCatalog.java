package org.caravan.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Telling;

/**
 * An in-memory projection of the stored events that the views query: the tellings of every document, joined by the
 * cross-document merge (the same step {@code events.jsonl} and the exports go through), so one happening told by
 * several outlets is one event with all its sources. {@link #refresh} compares the stored
 * documents' versions with those it holds and reloads only what changed, so new events show without a restart while
 * {@code analyze} writes. Thread-safe: readers take the current immutable {@link Snapshot}; refreshes are serialised.
 */
public final class EventCatalog {

    /** Past this many changed documents a refresh reloads everything in one query. */
    private static final int FULL_RELOAD = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadStore store;
    private final Consumer<String> problems;
    private final CrossDocumentMerge merge = CrossDocumentMerge.bundled();
    /** Each document's stored tellings, as read; kept to merge again when another document changes. */
    private Map<String, List<ObjectNode>> tellings = Map.of();
    private volatile Snapshot current = Snapshot.EMPTY;
    private Map<String, OffsetDateTime> versions = Map.of();
    private long pendingSeen = -1;

    /** @param problems receives one line per stored event that cannot be read (it is left out) */
    public EventCatalog(ReadStore store, Consumer<String> problems) {
        this.store = store;
        this.problems = problems;
    }

    public Snapshot snapshot() {
        return current;
    }

    /** Reloads what changed in the store since the last refresh; returns whether anything did. */
    public synchronized boolean refresh() {
        Map<String, OffsetDateTime> now = store.versions();
        long pending = store.pendingMerges();
        if (now.equals(versions) && pending == pendingSeen) {
            return false;
        }
        pendingSeen = pending;
        ReadStore.StoredStories stories = store.stories();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, OffsetDateTime> e : now.entrySet()) {
            if (!Objects.equals(versions.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Map<String, Source> docs = new HashMap<>();
        Map<String, List<EventRow>> byDoc = new HashMap<>();
        Map<String, List<ObjectNode>> told = new TreeMap<>();
        if (versions.isEmpty() || changed.size() > FULL_RELOAD) {
            store.all(rows -> add(rows, docs, byDoc, told));
        } else {
            Snapshot old = current;
            for (String id : now.keySet()) {
                if (!changed.contains(id) && old.documents().containsKey(id)) {
                    docs.put(id, old.documents().get(id));
                    byDoc.put(id, old.eventsByDoc().getOrDefault(id, List.of()));
                    told.put(id, tellings.getOrDefault(id, List.of()));
                }
            }
            store.some(changed).forEach(rows -> add(rows, docs, byDoc, told));
        }
        List<EventRow> events = merged(told, docs, stories.storyOfEvent());
        events.sort(Snapshot.ORDER);
        current = new Snapshot(current.version() + 1, events, docs, byDoc, stories.stories());
        versions = now;
        tellings = told;
        return true;
    }

    /**
     * The merged events of all documents, the tellings taken in the merge step's canonical order (publication date,
     * document, order in it: {@link Telling#in}), so the ids are those of events.jsonl and the stored stories; each
     * with the story the merge step gave it.
     */
    private List<EventRow> merged(Map<String, List<ObjectNode>> told, Map<String, Source> docs,
                                  Map<String, String> storyOf) {
        List<ObjectNode> all = new ArrayList<>();
        List<Telling> keys = new ArrayList<>();
        told.forEach((doc, lines) -> {
            Source src = docs.get(doc);
            for (int i = 0; i < lines.size(); i++) {
                all.add(lines.get(i));
                keys.add(Telling.of(lines.get(i)).in(src == null ? java.util.Optional.empty() : src.published(), doc, i));
            }
        });
        List<ObjectNode> mergedEvents = new ArrayList<>();
        for (int[] c : merge.clusters(keys)) {
            List<ObjectNode> members = new ArrayList<>(c.length);
            for (int i : c) {
                members.add(all.get(i));
            }
            ObjectNode e = merge.assemble(members, m -> {
                Source src = docs.get(m.path("mentions").path(0).path("doc_id").asText());
                return src == null || !src.outletKnown() ? java.util.Optional.<String>empty()
                        : java.util.Optional.of(src.outlet());
            });
            String story = storyOf.get(e.path("id").asText());
            if (story != null) {
                e.put("story", story);
            }
            mergedEvents.add(e);
        }
        List<EventRow> events = new ArrayList<>();
        for (ObjectNode e : mergedEvents) {
            List<Source> tellers = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                Source s = docs.get(m.path("doc_id").asText());
                if (s != null && !tellers.contains(s)) {
                    tellers.add(s);
                }
            }
            if (tellers.isEmpty()) {
                continue;
            }
            try {
                events.add(EventRow.parse(e.toString(), tellers));
            } catch (IllegalArgumentException x) {
                problems.accept(x.getMessage());
            }
        }
        return events;
    }

    private void add(ReadStore.StoredRows rows, Map<String, Source> docs, Map<String, List<EventRow>> byDoc,
                     Map<String, List<ObjectNode>> told) {
        String doc = rows.source().docId();
        docs.put(doc, rows.source());
        List<EventRow> events = new ArrayList<>();
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : rows.events()) {
            try {
                EventRow row = EventRow.parse(line, rows.source());
                JsonNode json = JSON.readTree(line);
                events.add(row);
                lines.add(mentionsOf((ObjectNode) json, doc));
            } catch (IllegalArgumentException | java.io.IOException | ClassCastException e) {
                problems.accept(e.getMessage());
            }
        }
        byDoc.put(doc, List.copyOf(events));
        told.put(doc, List.copyOf(lines));
    }

    /** A stored telling whose mentions say which document they are in (older stores may leave it out). */
    private static ObjectNode mentionsOf(ObjectNode e, String doc) {
        for (JsonNode m : e.path("mentions")) {
            if (m.isObject() && !m.hasNonNull("doc_id")) {
                ((ObjectNode) m).put("doc_id", doc);
            }
        }
        return e;
    }
}
