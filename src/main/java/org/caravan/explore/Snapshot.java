package org.caravan.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events and documents of the store at one moment, in a stable order (date, then id; undated last). Immutable:
 * a refresh builds a new one.
 *
 * @param version grows at every change; the API's ETags are made of it
 */
public record Snapshot(long version, List<EventRow> events, Map<String, Source> documents,
                       Map<String, List<EventRow>> eventsByDoc, List<StoryItem> stories) {

    /** The order of events everywhere: by date (undated last), then by id. */
    public static final Comparator<EventRow> ORDER = Comparator
            .comparing((EventRow e) -> e.date().orElse("9999-99-99"))
            .thenComparing(EventRow::id);

    public static final Snapshot EMPTY = new Snapshot(0, List.of(), Map.of(), Map.of(), List.of());

    public Snapshot(long version, List<EventRow> events, Map<String, Source> documents,
                    Map<String, List<EventRow>> eventsByDoc) {
        this(version, events, documents, eventsByDoc, List.of());
    }

    public Snapshot {
        events = List.copyOf(events);
        documents = Map.copyOf(documents);
        eventsByDoc = Map.copyOf(eventsByDoc);
        stories = List.copyOf(stories);
    }

    /** The stories having an event that passes the filter (all of them for no filter), in stored order. */
    public List<StoryItem> stories(EventFilter f) {
        if (f.equals(EventFilter.NONE)) {
            return stories;
        }
        java.util.Set<String> hit = new java.util.HashSet<>();
        filter(f).forEach(e -> e.story().ifPresent(hit::add));
        return stories.stream().filter(s -> hit.contains(s.id())).toList();
    }

    public Optional<StoryItem> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<EventRow> filter(EventFilter f) {
        return events.stream().filter(f).toList();
    }

    public Optional<EventRow> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
