package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.eval.ExternalScorer;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs {@code caravan analyze} once over the multilingual dev set ({@code src/test/resources/events/multilang/}:
 * six wire-style articles each in English, Russian, German and Spanish with gold events coded by the evaluation
 * guidelines) and scores its {@code events.jsonl} with {@code ../shared/eval/score.py} itself (through
 * {@link ExternalScorer}): per document, (actor pair, CAMEO root, date). A missing or empty events file fails. The
 * floors sit a little below the figures measured when they were set (docs/events-multilang.md), so that a
 * regression in a lexicon, the actors or the time stage fails here.
 */
class MultilingualDevSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LANGS = List.of("en", "ru", "de", "es");

    @TempDir
    static Path dir;

    private static final Path SCORER = Path.of("..", "shared", "eval", "score.py").toAbsolutePath().normalize();

    private static Path events;

    @BeforeAll
    static void analyzeTheDevSet() throws IOException {
        List<String> args = new ArrayList<>(List.of("analyze", "-o", dir.resolve("out").toString(),
                "--db", dir.resolve("caravan.db").toString()));
        for (String lang : LANGS) {
            args.add(resource(lang + ".jsonl").toString());
        }
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        events = dir.resolve("out").resolve("events.jsonl");
        assertThat(lines(events)).as("events coded from the dev set").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: dated F1 at least {1}, precision at least {2}")
    @CsvSource({"en, 0.76, 0.85", "ru, 0.76, 0.80", "de, 0.80, 0.80", "es, 0.72, 0.80"})
    void scoresAtLeastTheMeasuredFloorOnEachLanguage(String lang, double f1Floor, double precisionFloor)
            throws IOException, InterruptedException {
        Score s = score(resource(lang + "-gold.jsonl"));
        System.out.println("multilingual dev set " + lang + ": " + s);
        assertThat(s.f1()).as("dated F1 for %s (%s)", lang, s).isGreaterThanOrEqualTo(f1Floor);
        assertThat(s.precision()).as("dated precision for %s (%s)", lang, s).isGreaterThanOrEqualTo(precisionFloor);
    }

    @Test
    void codesNothingInADocumentWhoseOnlyEventsAreNegatedOrFuture() throws IOException {
        Path file = Files.writeString(dir.resolve("modal.jsonl"), String.join("\n",
                "{\"id\":\"m-ru\",\"lang\":\"ru\",\"published\":\"2023-05-02\",\"text\":\"Путин не посетил Казахстан. "
                        + "Токаев посетит Москву в следующем месяце.\"}",
                "{\"id\":\"m-de\",\"lang\":\"de\",\"published\":\"2023-05-02\",\"text\":\"Scholz wird im Juni China "
                        + "besuchen. Berlin hat keine Sanktionen gegen Kasachstan verhängt.\"}",
                "{\"id\":\"m-es\",\"lang\":\"es\",\"published\":\"2023-05-02\",\"text\":\"Sánchez no viajó a Marruecos. "
                        + "El rey visitará China el próximo mes.\"}") + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("modal-out");
        CliRunner.Result r = CliRunner.run("analyze", "-o", out.toString(), "--db",
                dir.resolve("modal.db").toString(), file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(lines(out.resolve("events.jsonl"))).isEmpty();
        assertThat(lines(out.resolve("documents.jsonl"))).hasSize(3);
    }

    // ---- scoring, by ../shared/eval/score.py itself

    /** The dated figures of the scorer's {@code --json} report. */
    record Score(double precision, double recall, double f1, int tp, int fp, int fn) {
        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d", precision, recall, f1, tp, fp, fn);
        }
    }

    private static Score score(Path gold) throws IOException, InterruptedException {
        assertThat(SCORER).as("the dev-set scorer (../shared beside the checkout)").isRegularFile();
        ExternalScorer.Output out = ExternalScorer.run(List.of("python3", SCORER.toString(), gold.toString(),
                events.toString(), "--json"), Optional.empty());
        assertThat(out.exitCode()).as(out.text()).isZero();
        String last = out.text().strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode dated = JSON.readTree(last).path("dated");
        assertThat(dated.isObject()).as("the scorer's report: %s", out.text()).isTrue();
        return new Score(dated.path("precision").asDouble(), dated.path("recall").asDouble(),
                dated.path("f1").asDouble(), dated.path("tp").asInt(), dated.path("fp").asInt(),
                dated.path("fn").asInt());
    }

    // ---- files

    private static Path resource(String name) {
        try {
            return Path.of(MultilingualDevSetTest.class.getResource("/events/multilang/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        assertThat(file).as("an output file of analyze").isRegularFile();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": not JSON", e);
                }
            }
        }
        return out;
    }
}
