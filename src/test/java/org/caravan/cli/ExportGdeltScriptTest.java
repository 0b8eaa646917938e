package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GDELT exports of the seed events loaded, unchanged, by a script written for GDELT's own files
 * ({@code src/test/resources/export/read_gdelt.py}: GDELT's column lists and codebook types, Python's standard
 * library only). Skipped without {@code python3} ({@code .ci/run} installs it).
 */
class ExportGdeltScriptTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCRIPT = Path.of("src/test/resources/export/read_gdelt.py").toAbsolutePath();

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

    private static Path export(String format) {
        Path out = dir.resolve("export." + format + ".CSV");
        CliRunner.Result r = CliRunner.run("export", "--db", db, "--format", format, "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }

    private record Run(int exit, String out) {
    }

    /** Runs the script on the files; skipped when there is no python3. */
    private static Run script(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
            throw noPython;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aGdeltReadingScriptLoadsBothTablesWithoutChangeAndFindsTheEventsOfAnalyze() throws Exception {
        Run run = script(export("gdelt-events"), export("gdelt-mentions"));
        JsonNode report = MAPPER.readTree(run.out());
        List<JsonNode> events = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("out/events.jsonl"))) {
            events.add(MAPPER.readTree(l));
        }
        long mentions = events.stream().mapToLong(e -> e.get("mentions").size()).sum();
        long conflicts = events.stream().filter(e -> e.get("quad_class").asInt() == 4).count();

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(report.get("bad")).isEmpty();
        assertThat(report.get("events").asInt()).isEqualTo(events.size());
        assertThat(report.get("distinct_ids").asInt()).isEqualTo(events.size());
        assertThat(report.get("mentions").asLong()).isEqualTo(mentions);
        assertThat(report.get("mentions_counted_in_events").asLong()).isEqualTo(mentions);
        assertThat(report.get("mentions_without_event").asInt()).isZero();
        assertThat(report.at("/quad_classes/4").asLong()).isEqualTo(conflicts);
        assertThat(report.get("days")).extracting(JsonNode::asText).contains("20220914");
    }

    @Test
    void theScriptRefusesARowWithTheWrongNumberOfColumnsSoItsVerdictCanFail() throws Exception {
        Path broken = dir.resolve("broken.export.CSV");
        List<String> lines = new ArrayList<>(Files.readAllLines(export("gdelt-events")));
        lines.set(0, lines.get(0).substring(0, lines.get(0).lastIndexOf('\t')));
        Files.write(broken, lines);

        Run run = script(broken);

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).get("bad").get(0).get(2).asText()).isEqualTo("60 fields, not 61");
    }
}
