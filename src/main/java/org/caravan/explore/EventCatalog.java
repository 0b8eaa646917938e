package org.caravan.explore;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An in-memory projection of the stored events that the views query. {@link #refresh} compares the stored
 * documents' versions with those it holds and reloads only what changed, so new events show without a restart while
 * {@code analyze} writes. Thread-safe: readers take the current immutable {@link Snapshot}; refreshes are serialised.
 */
public final class EventCatalog {

    /** Past this many changed documents a refresh reloads everything in one query. */
    private static final int FULL_RELOAD = 200;

    private final ReadStore store;
    private final Consumer<String> problems;
    private volatile Snapshot current = Snapshot.EMPTY;
    private Map<String, OffsetDateTime> versions = Map.of();

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
        if (now.equals(versions)) {
            return false;
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, OffsetDateTime> e : now.entrySet()) {
            if (!Objects.equals(versions.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Map<String, Source> docs = new HashMap<>();
        Map<String, List<EventRow>> byDoc = new HashMap<>();
        if (versions.isEmpty() || changed.size() > FULL_RELOAD) {
            store.all(rows -> add(rows, docs, byDoc));
        } else {
            Snapshot old = current;
            for (String id : now.keySet()) {
                if (!changed.contains(id) && old.documents().containsKey(id)) {
                    docs.put(id, old.documents().get(id));
                    byDoc.put(id, old.eventsByDoc().getOrDefault(id, List.of()));
                }
            }
            store.some(changed).forEach(rows -> add(rows, docs, byDoc));
        }
        List<EventRow> events = new ArrayList<>();
        byDoc.values().forEach(events::addAll);
        events.sort(Snapshot.ORDER);
        current = new Snapshot(current.version() + 1, events, docs, byDoc);
        versions = now;
        return true;
    }

    private void add(ReadStore.StoredRows rows, Map<String, Source> docs, Map<String, List<EventRow>> byDoc) {
        docs.put(rows.source().docId(), rows.source());
        List<EventRow> events = new ArrayList<>();
        for (String line : rows.events()) {
            try {
                events.add(EventRow.parse(line, rows.source()));
            } catch (IllegalArgumentException e) {
                problems.accept(e.getMessage());
            }
        }
        byDoc.put(rows.source().docId(), List.copyOf(events));
    }
}
