package org.caravan.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * One synthetic per-document event in the events.jsonl schema, for the benchmarks that fill a store or a merge
 * with made-up tellings ({@code bench-merge}, {@code bench-export}); the callers draw its values. Thread-safe.
 */
public final class SyntheticEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticEvents() {
    }

    /**
     * The {@code i}-th event of document {@code doc}: {@code source} does {@code cameo} to {@code target} on
     * {@code day} (or in its month), told by one mention at a place derived from {@code i}.
     */
    public static ObjectNode event(String doc, int i, String cameo, String source, String target, LocalDate day,
            boolean month) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", doc + "-e" + (i + 1));
        e.put("cameo", cameo);
        e.put("root", cameo.substring(0, 2));
        e.put("quad_class", cameo.compareTo("06") < 0 ? 1 : cameo.compareTo("10") < 0 ? 2 : cameo.compareTo("14") < 0
                ? 3 : 4);
        e.put("goldstein", cameo.compareTo("10") < 0 ? 3.0 : -5.0);
        e.put("date", month ? day.toString().substring(0, 7) : day.toString());
        e.put("date_precision", month ? "month" : "day");
        actor(e.putObject("source"), source);
        actor(e.putObject("target"), target);
        e.putNull("location");
        e.putArray("mentions").addObject().put("doc_id", doc).put("sentence", i).put("start", i * 100)
                .put("end", i * 100 + 40).put("text", "a synthetic trigger phrase of forty chars");
        e.put("confidence", 0.8);
        return e;
    }

    private static void actor(ObjectNode a, String key) {
        a.put("name", key).put("key", key).put("code", key + "GOV").put("id", key);
    }
}
