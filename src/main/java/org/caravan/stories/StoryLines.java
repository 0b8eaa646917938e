package org.caravan.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stories as lines of {@code stories.jsonl}, schema version {@value #SCHEMA_VERSION} ({@code docs/stories.schema.json}).
 * Thread-safe (stateless).
 */
public final class StoryLines {

    /** The version of {@code docs/stories.schema.json} these lines follow. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryLines() {
    }

    public static ObjectNode json(Story s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("schema_version", SCHEMA_VERSION);
        o.put("title", s.title());
        o.put("main_event", s.mainEvent());
        o.put("start", s.start().orElse(null));
        o.put("end", s.end().orElse(null));
        ArrayNode actors = o.putArray("actors");
        s.actors().forEach(a -> actors.addObject().put("key", a.key()).put("name", a.name()));
        o.put("num_events", s.events().size());
        o.put("num_articles", s.articles().size());
        ArrayNode events = o.putArray("events");
        s.events().forEach(events::add);
        ArrayNode articles = o.putArray("articles");
        s.articles().forEach(articles::add);
        return o;
    }
}
