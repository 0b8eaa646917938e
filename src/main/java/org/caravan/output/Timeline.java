package org.caravan.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of a run as a timeline: one row per date, source, event code, target and place, with the number of
 * documents that tell it. Fed with {@code events.jsonl} lines; keeps at most {@value #MAX_ROWS} distinct rows so a
 * huge run cannot exhaust memory. Not thread-safe.
 */
public final class Timeline {

    static final int MAX_ROWS = 100_000;

    private final Map<Key, Set<String>> rows = new LinkedHashMap<>();
    private long dropped;

    private record Key(String date, String source, String cameo, String target, String place) {
    }

    /** A row of the timeline. */
    public record Row(String date, String source, String event, String target, String place, int sources) {
    }

    /** Adds one {@code events.jsonl} line. */
    public void add(String eventLine) {
        JsonNode e = Json.parse(eventLine);
        Key k = new Key(text(e.path("date")), name(e.path("source")), text(e.path("cameo")),
                name(e.path("target")), name(e.path("location")));
        Set<String> docs = rows.get(k);
        if (docs == null) {
            if (rows.size() >= MAX_ROWS) {
                dropped++;
                return;
            }
            docs = new HashSet<>();
            rows.put(k, docs);
        }
        for (JsonNode m : e.path("mentions")) {
            docs.add(m.path("doc_id").asText());
        }
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    private static String name(JsonNode actorOrPlace) {
        return text(actorOrPlace.path("name"));
    }

    /** The rows, by date (unknown dates last), then source, event and target. */
    public List<Row> rows(EventNames names) {
        List<Row> out = new ArrayList<>();
        rows.forEach((k, docs) -> out.add(new Row(k.date().isEmpty() ? "?" : k.date(), k.source(),
                names.name(k.cameo()).map(n -> k.cameo() + " " + n).orElse(k.cameo()), k.target(), k.place(),
                Math.max(1, docs.size()))));
        out.sort(Comparator.comparing((Row r) -> r.date().equals("?") ? "~" : r.date())
                .thenComparing(Row::source).thenComparing(Row::event).thenComparing(Row::target));
        return out;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the first {@code limit} rows as an aligned table. */
    public void print(PrintWriter out, EventNames names, int limit) {
        List<Row> all = rows(names);
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"date", "source", "event", "target", "place", "sources"});
        all.stream().limit(limit).forEach(r -> cells.add(new String[] {r.date(), r.source(), r.event(), r.target(),
                r.place(), Integer.toString(r.sources())}));
        int[] width = new int[6];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.min(40, Math.max(width[i], row[i].length()));
            }
        }
        for (String[] row : cells) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                String c = row[i].length() > 40 ? row[i].substring(0, 39) + "…" : row[i];
                sb.append(c).append(" ".repeat(width[i] - c.length() + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
        long more = all.size() - Math.min(limit, all.size()) + dropped;
        if (more > 0) {
            out.println("  ... and " + more + " more (see events.jsonl)");
        }
    }
}
