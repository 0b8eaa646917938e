package org.caravan.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the shared event scorer ({@code eval/score.py}, unchanged) through {@link ExternalScorer} with
 * {@code --json --verbose} and reads its report: the dated and undated figures, salient recall, boilerplate leaks,
 * and the lines naming each miss and extra. Stateless; thread-safe.
 */
public final class EventScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String python;
    private final Path script;

    public EventScorer(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** Precision, recall and F1 with their counts. */
    public record Figures(double precision, double recall, double f1, int tp, int fp, int fn) {

        static Figures of(JsonNode n) {
            return new Figures(n.path("precision").asDouble(), n.path("recall").asDouble(), n.path("f1").asDouble(),
                    n.path("tp").asInt(), n.path("fp").asInt(), n.path("fn").asInt());
        }

        /** "P R F1 tp fp fn" in fixed columns. */
        public String columns() {
            return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f %5d %5d %5d", precision, recall, f1, tp, fp, fn);
        }
    }

    /**
     * What score.py reported.
     *
     * @param salientRecall empty when the gold marks no event salient
     * @param leaks         boilerplate strings of the gold still in the texts, when texts were given
     * @param lines         its verbose lines ("missed  DOC: ...", "extra   DOC: ...", "leak    DOC: ...")
     */
    public record Report(Figures dated, Figures undated, Optional<Double> salientRecall, Optional<Integer> leaks,
                         List<String> lines) {

        public Report {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Scores {@code events} against {@code gold}; {@code texts} (documents.jsonl) checks the gold's not_content.
     *
     * @throws IOException when the scorer cannot be run, fails, or prints no report (its output is in the message)
     */
    public Report score(Path gold, Path events, Optional<Path> texts) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python, script.toAbsolutePath().toString(),
                gold.toAbsolutePath().toString(), events.toAbsolutePath().toString(), "--json", "--verbose"));
        texts.ifPresent(t -> cmd.addAll(List.of("--texts", t.toAbsolutePath().toString())));
        ExternalScorer.Output out = ExternalScorer.run(cmd, Optional.empty());
        List<String> lines = new ArrayList<>();
        JsonNode report = null;
        for (String line : out.text().split("\\R")) {
            if (line.startsWith("{")) {
                report = JSON.readTree(line);
            } else if (!line.isBlank()) {
                lines.add(line);
            }
        }
        if (out.exitCode() != 0 || report == null || !report.path("dated").isObject()) {
            throw new IOException(script + " on " + gold + " failed (exit " + out.exitCode() + "): " + out.text().strip());
        }
        JsonNode sal = report.path("salient_recall");
        JsonNode leaks = report.path("boilerplate_leaks");
        return new Report(Figures.of(report.path("dated")), Figures.of(report.path("undated")),
                sal.isNumber() ? Optional.of(sal.asDouble()) : Optional.empty(),
                leaks.isNumber() ? Optional.of(leaks.asInt()) : Optional.empty(), lines);
    }
}
