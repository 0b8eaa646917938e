package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caravan.eval.EventScorer;
import org.caravan.eval.JsonlFile;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs {@code caravan analyze} once over news-dev ({@code ../shared/eval/news-dev}: real news excerpts in five
 * languages with gold events) and scores its {@code events.jsonl} with {@code ../shared/eval/score.py} itself,
 * through {@link org.caravan.eval.ExternalScorer}, per language (gold filtered by {@code lang}). The floors sit a
 * little below the figures measured when they were set (docs/benchmarks.md): a guard against regressions, not a
 * target (Spanish and Russian have two excerpts each: their floors are loose). A missing or empty events file fails.
 */
class NewsDevTest {

    private static final Path DEV = Path.of("..", "shared", "eval", "news-dev").toAbsolutePath().normalize();
    private static final Path SCORER = DEV.getParent().resolve("score.py");

    @TempDir
    static Path dir;

    private static Path events;
    private static JsonlFile gold;

    @BeforeAll
    static void analyzeNewsDev() throws IOException {
        assertThat(DEV.resolve("input.jsonl")).as("news-dev (../shared beside the checkout)").isRegularFile();
        CliRunner.Result r = CliRunner.run("analyze", "-o", dir.resolve("out").toString(),
                "--db", dir.resolve("caravan.db").toString(), DEV.resolve("input.jsonl").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        gold = JsonlFile.read(DEV.resolve("gold.jsonl"));
        events = dir.resolve("out").resolve("events.jsonl");
    }

    @Test
    void writesTheEventsFileTheScorerReads() throws IOException {
        assertThat(events).as("events.jsonl of analyze").isRegularFile();
        assertThat(Files.readAllLines(events)).as("events coded from news-dev").isNotEmpty();
    }

    @Test
    void scoresAtLeastTheMeasuredFloorOverall() throws Exception {
        EventScorer.Report all = score(DEV.resolve("gold.jsonl"));
        System.out.println("news-dev all: " + all.dated().columns() + " salient " + all.salientRecall().orElse(0.0));
        assertThat(all.dated().f1()).as("dated F1 %s", all.dated()).isGreaterThanOrEqualTo(0.55);
        assertThat(all.dated().precision()).as("dated precision %s", all.dated()).isGreaterThanOrEqualTo(0.72);
        assertThat(all.salientRecall().orElse(0.0)).as("salient recall").isGreaterThanOrEqualTo(0.65);
    }

    @ParameterizedTest(name = "{0}: dated F1 at least {1}")
    @CsvSource({"de, 0.48", "en, 0.58", "es, 0.45", "fr, 0.50", "ru, 0.40"})
    void scoresAtLeastTheMeasuredFloorOnEachLanguage(String lang, double f1Floor) throws Exception {
        Path g = gold.writeRows(dir.resolve("gold." + lang + ".jsonl"), row -> row.path("lang").asText().equals(lang));
        EventScorer.Report r = score(g);
        System.out.println("news-dev " + lang + ": " + r.dated().columns());
        assertThat(r.dated().f1()).as("dated F1 for %s (%s)", lang, r.dated()).isGreaterThanOrEqualTo(f1Floor);
    }

    private static EventScorer.Report score(Path goldFile) throws IOException, InterruptedException {
        assertThat(SCORER).as("the shared scorer").isRegularFile();
        assertThat(events).as("events.jsonl of analyze").isRegularFile();
        assertThat(Files.size(events)).as("events.jsonl is empty").isPositive();
        return new EventScorer("python3", SCORER).score(goldFile, events, Optional.empty());
    }
}
