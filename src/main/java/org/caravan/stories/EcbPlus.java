package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ECB+ benchmark as {@code benchmarks/news-clustering/ecbplus} ships it (see its README): reads its documents,
 * and writes Caravan's predictions in the form its {@code score.py} reads, one {@code {"id", "cluster"}} line an
 * item: each document with the story holding most of its mentions, and each event mention (in ECB+'s id form
 * {@code DOC:SENTENCE:FIRST-END}, tokens half-open, found from the trigger's characters) with its merged event.
 * Caravan finds its own mentions (predicted, not gold ones), so gold mentions it does not find count against
 * recall and the mentions it finds that ECB+ does not annotate count against precision. Stateless and thread-safe.
 */
public final class EcbPlus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EcbPlus() {
    }

    /** One ECB+ document: its text (tokens joined by a space, sentences by a line break) and its sentences. */
    public record Doc(String id, String split, String text, List<Sentence> sentences) {
        public Doc {
            sentences = List.copyOf(sentences);
        }
    }

    /** A sentence of a document: its number, tokens and whether ECB+ validated its coreference annotation. */
    public record Sentence(int number, List<String> tokens, boolean validated) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    /** A document as Caravan read it: its clean text and its events (lines of the events.jsonl schema). */
    public record Coded(String text, List<ObjectNode> events) {
        public Coded {
            events = List.copyOf(events);
        }
    }

    /** What the predictions hold. */
    public record Predicted(int documents, int stories, int events, int mentions) {
    }

    /**
     * The documents of {@code documents.jsonl} in one split ("test", "dev", "train"; empty for all), in file order.
     *
     * @throws IOException naming the file and line of a line that is not an ECB+ document
     */
    public static List<Doc> read(Path documents, String split) throws IOException {
        List<Doc> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(documents, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(documents + ":" + n + ": not JSON", e);
                }
                if (!o.hasNonNull("doc_id") || !o.hasNonNull("text") || !o.path("sentences").isArray()) {
                    throw new IOException(documents + ":" + n + ": not an ECB+ document (needs doc_id, text, sentences)");
                }
                if (!split.isEmpty() && !o.path("split").asText().equals(split)) {
                    continue;
                }
                List<Sentence> sentences = new ArrayList<>();
                for (JsonNode s : o.path("sentences")) {
                    List<String> tokens = new ArrayList<>();
                    s.path("tokens").forEach(t -> tokens.add(t.asText()));
                    sentences.add(new Sentence(s.path("sentence").asInt(), tokens, s.path("validated").asBoolean()));
                }
                out.add(new Doc(o.get("doc_id").asText(), o.path("split").asText(), o.get("text").asText(), sentences));
            }
        }
        return out;
    }

    /**
     * Merges the coded documents' events across documents, groups them into stories, and writes the two system
     * files. Only mentions in validated sentences are written when {@code validatedOnly} (the standard setting).
     */
    public static Predicted predict(List<Doc> docs, Map<String, Coded> coded, Stories stories, boolean validatedOnly,
                                    Path eventsOut, Path documentsOut) throws IOException {
        List<ObjectNode> told = new ArrayList<>();
        Map<String, TokenMap> maps = new HashMap<>();
        for (Doc d : docs) {
            Coded c = coded.get(d.id());
            if (c != null) {
                told.addAll(c.events());
                maps.put(d.id(), TokenMap.align(d, c.text()));
            }
        }
        Stories.Result grouped = stories.group(CrossDocumentMerge.bundled().merge(told));
        Map<String, Map<String, Integer>> storyMentions = new HashMap<>();
        Set<String> written = new HashSet<>();
        try (BufferedWriter w = Files.newBufferedWriter(eventsOut, StandardCharsets.UTF_8)) {
            for (ObjectNode e : grouped.events()) {
                for (JsonNode m : e.path("mentions")) {
                    String doc = m.path("doc_id").asText();
                    storyMentions.computeIfAbsent(doc, k -> new HashMap<>()).merge(e.path("story").asText(), 1,
                            Integer::sum);
                    TokenMap map = maps.get(doc);
                    if (map == null || !m.has("trigger_start")) {
                        continue;
                    }
                    var id = map.mentionId(m.path("trigger_start").asInt(), m.path("trigger_end").asInt(), validatedOnly);
                    if (id.isPresent() && written.add(id.get())) {
                        w.write(line(id.get(), e.path("id").asText()));
                    }
                }
            }
        }
        Set<String> storyIds = new HashSet<>();
        try (BufferedWriter w = Files.newBufferedWriter(documentsOut, StandardCharsets.UTF_8)) {
            for (Doc d : docs) {
                String story = storyMentions.getOrDefault(d.id(), Map.of()).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElse("alone-" + d.id());
                storyIds.add(story);
                w.write(line(d.id(), story));
            }
        }
        return new Predicted(docs.size(), storyIds.size(), grouped.events().size(), written.size());
    }

    private static String line(String id, String cluster) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("cluster", cluster);
        return JSON.writeValueAsString(o) + "\n";
    }
}
