package org.caravan.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The lines of a JSONL file as objects, and the filtered copies the per-language and per-root figures need: a gold
 * file keeps only some documents or some of their events; an events file some events. Immutable; thread-safe.
 */
public final class JsonlFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final List<ObjectNode> rows;

    private JsonlFile(Path path, List<ObjectNode> rows) {
        this.path = path;
        this.rows = List.copyOf(rows);
    }

    /** Reads every non-blank line. @throws IOException naming the file and line of a line that is not an object */
    public static JsonlFile read(Path path) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(path + ":" + n + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (!(node instanceof ObjectNode o)) {
                throw new IOException(path + ":" + n + ": not a JSON object");
            }
            rows.add(o);
        }
        return new JsonlFile(path, rows);
    }

    public Path path() {
        return path;
    }

    public List<ObjectNode> rows() {
        return rows;
    }

    /** The row whose "id" is {@code id}. */
    public Optional<ObjectNode> byId(String id) {
        return rows.stream().filter(r -> r.path("id").asText().equals(id)).findFirst();
    }

    /** The distinct values of a text field of the rows, sorted. */
    public List<String> values(String field) {
        TreeSet<String> out = new TreeSet<>();
        rows.forEach(r -> {
            if (r.path(field).isTextual()) {
                out.add(r.path(field).asText());
            }
        });
        return List.copyOf(out);
    }

    /** The distinct CAMEO roots of the gold events of every row, sorted. */
    public List<String> goldRoots() {
        TreeSet<String> out = new TreeSet<>();
        rows.forEach(r -> r.path("events").forEach(e -> root(e).ifPresent(out::add)));
        return List.copyOf(out);
    }

    /** An event's CAMEO root: its "root", else the first two digits of its "cameo". */
    public static Optional<String> root(JsonNode event) {
        String code = event.path("root").asText(event.path("cameo").asText(""));
        if (code.isEmpty()) {
            code = event.path("cameo").asText("");
        }
        return code.length() >= 2 ? Optional.of(code.substring(0, 2)) : Optional.empty();
    }

    /** Writes the rows that pass {@code keep}, each with only the gold events that pass {@code event}. */
    public Path writeGold(Path to, Predicate<ObjectNode> keep, Predicate<JsonNode> event) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode r : rows) {
            if (keep.test(r)) {
                ObjectNode copy = r.deepCopy();
                ArrayNode events = copy.putArray("events");
                r.path("events").forEach(e -> {
                    if (event.test(e)) {
                        events.add(e);
                    }
                });
                out.add(copy);
            }
        }
        return write(to, out);
    }

    /** Writes the rows that pass {@code keep}. */
    public Path writeRows(Path to, Predicate<ObjectNode> keep) throws IOException {
        return write(to, rows.stream().filter(keep).toList());
    }

    private static Path write(Path to, List<ObjectNode> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (ObjectNode r : rows) {
                w.write(JSON.writeValueAsString(r));
                w.write('\n');
            }
        }
        return to;
    }
}
