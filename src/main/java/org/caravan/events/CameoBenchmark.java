package org.caravan.events;

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.eval.ExternalScorer;
import org.caravan.model.ActorRef;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.caravan.pipeline.Stage;

/**
 * Runs the coder on a sentence-level CAMEO gold file (benchmarks/cameo/gold/*.jsonl: id, date YYYYMMDD, text),
 * writes the predictions in the format of that folder's {@code score.py} ({@code {"id", "events": [{"source",
 * "target", "code"}]}}) and runs the scorer unchanged. Actor codes are the ActorRef codes (KAZGOV, RUSMIL...).
 * One instance per run; not thread-safe.
 */
public final class CameoBenchmark {

    /** What a run gives: sentences coded, events predicted, the scorer's output and exit status. */
    public record Outcome(int sentences, int events, Path predictions, String scorerOutput, int exitCode) {
    }

    private static final Map<String, String> ORGANISATIONS = organisations();

    private final Stage annotate;
    private final EventCoder coder;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code annotate} must add sentences, tokens, lemmas, mentions and times (a parse is used when added). */
    public CameoBenchmark(Stage annotate, EventCoder coder) {
        this.annotate = annotate;
        this.coder = coder;
    }

    public Outcome run(Path gold, Path predictions, Path scorer, List<String> scorerArgs)
            throws IOException, InterruptedException {
        int sentences = 0;
        int events = 0;
        Files.createDirectories(predictions.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec = json.readTree(line);
                List<Event> coded = code(rec);
                sentences++;
                ObjectNode out = json.createObjectNode();
                out.put("id", rec.path("id").asText());
                ArrayNode arr = out.putArray("events");
                Set<String> seen = new LinkedHashSet<>();
                for (Event e : coded) {
                    String source = actorCode(e.source());
                    String target = actorCode(e.target());
                    String key = source + "|" + target + "|" + e.cameo();
                    if (seen.add(key)) {
                        ObjectNode o = arr.addObject();
                        o.put("source", source);
                        o.put("target", target);
                        o.put("code", e.cameo());
                        events++;
                    }
                }
                w.write(json.writeValueAsString(out));
                w.newLine();
            }
        }
        List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(), predictions.toString()));
        cmd.addAll(scorerArgs);
        ExternalScorer.Output scored = ExternalScorer.run(cmd, Optional.empty());
        return new Outcome(sentences, events, predictions, scored.text(), scored.exitCode());
    }

    /**
     * The actor as the benchmark codes it: a country's code plus role as is (KAZGOV); an organisation as its
     * CAMEO IGO code ({@code events/cameo-actors.tsv}, else IGO + key: EU → IGOEUREEC, CSTO → IGOCSTO).
     */
    static String actorCode(ActorRef a) {
        Optional<String> key = a.key();
        if (key.isPresent() && ORGANISATIONS.containsKey(key.get())) {
            return ORGANISATIONS.get(key.get());
        }
        if (key.isEmpty() || key.get().length() == 3 && a.code().startsWith(key.get())) {
            return a.code();
        }
        return "IGO" + key.get();
    }

    private static Map<String, String> organisations() {
        Map<String, String> out = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource("events/cameo-actors.tsv", 2).rows()) {
            out.put(r.get(0), r.get(1));
        }
        return Map.copyOf(out);
    }

    private List<Event> code(JsonNode rec) {
        String text = rec.path("text").asText("");
        Metadata meta = Metadata.of(rec.path("id").asText("sentence"));
        String date = rec.path("date").asText("");
        if (date.matches("\\d{8}")) {
            Optional<PartialDate> pd = PartialDate.parse(date.substring(0, 4) + "-" + date.substring(4, 6) + "-"
                    + date.substring(6, 8));
            if (pd.isPresent()) {
                meta = meta.withPublished(new Published(pd.get(), DateOrigin.INPUT));
            }
        }
        Document d = Document.of(rec.path("id").asText("sentence"), meta, text).withLang("en");
        return coder.code(annotate.process(d)).events();
    }
}
