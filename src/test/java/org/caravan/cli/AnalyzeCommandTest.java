package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static List<String> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples/seeds").toAbsolutePath())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
    }

    private CliRunner.Result analyze(List<String> inputs, String... options) {
        List<String> args = new ArrayList<>(List.of("analyze", "-o", dir.resolve("out").toString(),
                "--db", dir.resolve("caravan.db").toString()));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return CliRunner.run(args.toArray(String[]::new));
    }

    private List<JsonNode> documents() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/documents.jsonl"))) {
            out.add(json.readTree(line));
        }
        return out;
    }

    @Test
    void analysesTheSeedsAndWritesOneDocumentLineEach() throws IOException {
        CliRunner.Result r = analyze(seedFiles(), "--threads", "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> docs = documents();
        assertThat(docs).hasSize(5);
        assertThat(docs.get(0).get("doc_id").asText()).isEqualTo("000_d31dffb7efe6790c");
        for (JsonNode d : docs) {
            assertThat(d.fieldNames()).toIterable().contains("doc_id", "url", "title", "published",
                    "published_precision", "lang", "text", "status");
            assertThat(d.get("status").asText()).isEqualTo("done");
            assertThat(d.get("text").asText()).isNotBlank();
        }
        assertThat(dir.resolve("out/events.jsonl")).exists();
        assertThat(r.out()).contains("documents      5 (5 new, 0 skipped as done, 0 failed)");
    }

    @Test
    void runningTwiceLeavesFiveDocumentsAndSkipsThem() throws IOException {
        analyze(seedFiles());
        CliRunner.Result again = analyze(seedFiles());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("(0 new, 5 skipped as done, 0 failed)");
        assertThat(documents()).hasSize(5);
    }

    @Test
    void redoProcessesEverythingAgainWithoutDoublingIt() throws IOException {
        analyze(seedFiles());
        CliRunner.Result again = analyze(seedFiles(), "--redo");

        assertThat(again.out()).contains("(5 new, 0 skipped as done, 0 failed)");
        assertThat(documents()).hasSize(5);
    }

    @Test
    void aMissingPathIsOneLineAndExitCodeOneWhileTheRestIsDone() throws IOException {
        List<String> inputs = new ArrayList<>(seedFiles().subList(0, 1));
        inputs.add(dir.resolve("no-such-folder").toString());
        CliRunner.Result r = analyze(inputs);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("caravan: ").contains("no-such-folder");
        assertThat(documents()).hasSize(1);
        assertThat(r.out()).contains("source errors  1");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLineAndExitCodeOne() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.db"), "not a database");
        CliRunner.Result r = CliRunner.run("analyze", "-o", dir.resolve("out").toString(), "--db", file.toString(),
                seedFiles().get(0));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("plain.db");
    }

    @Test
    void zeroThreadsIsBadUsage() throws IOException {
        CliRunner.Result r = analyze(seedFiles(), "--threads", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--threads");
    }

    @Test
    void noPathIsBadUsage() {
        CliRunner.Result r = CliRunner.run("analyze");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("PATH");
    }
}
