package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan export} over the store {@code analyze} wrote from the bundled seed articles. */
class ExportCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void analyzeTheSeeds() {
        db = dir.resolve("db").toString();
        CliRunner.Result r = CliRunner.run("analyze", "-o", dir.resolve("out").toString(), "--db", db,
                Path.of("examples/seeds.jsonl").toAbsolutePath().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static Path export(String format, String... filters) {
        Path out = dir.resolve("export." + format);
        List<String> args = new ArrayList<>(List.of("export", "--db", db, "--format", format, "-o", out.toString()));
        args.addAll(List.of(filters));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }

    /** What two exports must agree on: code, date, actors and number of sources of each event. */
    private static List<String> facts(Path jsonl) throws IOException {
        List<String> facts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode e = MAPPER.readTree(line);
            facts.add(e.get("cameo").asText() + " " + e.path("date").asText() + " " + e.at("/source/code").asText()
                    + " " + e.at("/target/code").asText() + " " + e.get("sources").asInt());
        }
        facts.sort(null);
        return facts;
    }

    @Test
    void theJsonlExportHasTheEventsOfAnalyzeWithStableNumbers() throws IOException {
        Path jsonl = export("jsonl");

        assertThat(facts(jsonl)).isNotEmpty().isEqualTo(facts(dir.resolve("out/events.jsonl")));
        List<String> again = Files.readAllLines(export("jsonl"));
        assertThat(again).isEqualTo(Files.readAllLines(jsonl));
        assertThat(again).allSatisfy(l -> assertThat(MAPPER.readTree(l).get("global_id").asLong()).isPositive());
    }

    @Test
    void theGdeltFilesHaveTheCodebookColumnCountOnEveryLine() throws IOException {
        List<String> events = Files.readAllLines(export("gdelt-events"));
        List<String> mentions = Files.readAllLines(export("gdelt-mentions"));
        long expectedMentions = 0;
        for (String l : Files.readAllLines(dir.resolve("out/events.jsonl"))) {
            expectedMentions += MAPPER.readTree(l).get("mentions").size();
        }

        assertThat(events).hasSameSizeAs(Files.readAllLines(dir.resolve("out/events.jsonl")));
        assertThat(events).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(events).allSatisfy(l -> assertThat(l.split("\t", -1)[26]).matches("[0-9]{3,4}"));
        assertThat(mentions).hasSize((int) expectedMentions);
        assertThat(mentions).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
    }

    @Test
    void filtersNarrowTheExport() throws IOException {
        List<String> all = Files.readAllLines(export("jsonl"));
        List<String> visits = Files.readAllLines(export("jsonl", "--root", "04", "--from", "2022", "--to", "2022"));

        assertThat(visits).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(visits).allSatisfy(l -> {
            JsonNode e = MAPPER.readTree(l);
            assertThat(e.get("root").asText()).isEqualTo("04");
            assertThat(e.get("date").asText()).startsWith("2022");
        });
    }

    @Test
    void aStoryFilterKeepsTheEventsOfThatStoryAsStoriesJsonlListsThem() throws IOException {
        JsonNode story = null;
        for (String l : Files.readAllLines(dir.resolve("out/stories.jsonl"))) {
            JsonNode s = MAPPER.readTree(l);
            if (story == null || s.get("events").size() > story.get("events").size()) {
                story = s;
            }
        }
        assertThat(story).as("analyze wrote stories").isNotNull();
        List<String> expected = new ArrayList<>();
        story.get("events").forEach(id -> expected.add(id.asText()));

        List<String> kept = new ArrayList<>();
        for (String l : Files.readAllLines(export("jsonl", "--story", story.get("id").asText()))) {
            kept.add(MAPPER.readTree(l).get("id").asText());
        }

        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readAllLines(export("jsonl", "--story", "no-such-story"))).isEmpty();
    }

    @Test
    void aBadFormatOrFilterIsAUsageErrorThatNamesIt() {
        CliRunner.Result f = CliRunner.run("export", "--db", db, "--format", "xls", "-o", dir.resolve("x").toString());
        CliRunner.Result d = CliRunner.run("export", "--db", db, "--format", "csv", "--from", "2022-13",
                "-o", dir.resolve("x").toString());
        CliRunner.Result m = CliRunner.run("export", "--db", db, "--format", "csv", "--min-sources", "0",
                "-o", dir.resolve("x").toString());
        CliRunner.Result none = CliRunner.run("export", "--db", dir.resolve("nothing").toString(), "--format", "csv",
                "-o", dir.resolve("x").toString());

        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.err()).contains("--format").contains("xls").contains("gdelt-events");
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("--from").contains("2022-13");
        assertThat(m.exitCode()).isEqualTo(2);
        assertThat(m.err()).contains("--min-sources").contains("between 1 and");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no database");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
