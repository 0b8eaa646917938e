package org.caravan.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored story as the API gives it: its line of {@code stories.jsonl} (docs/stories.schema.json), read from the
 * store's {@code stories} table. Immutable.
 */
public record StoryItem(String id, JsonNode story) {

    public StoryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
    }

    /** The ids of its events. */
    public List<String> events() {
        List<String> out = new ArrayList<>();
        story.path("events").forEach(e -> out.add(e.asText()));
        return out;
    }

    /** The ids of its member articles. */
    public List<String> articles() {
        List<String> out = new ArrayList<>();
        story.path("articles").forEach(e -> out.add(e.asText()));
        return out;
    }
}
