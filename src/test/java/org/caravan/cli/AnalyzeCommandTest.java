package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
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
    void everyEventLineHasTheSchemaFieldsAndPointsIntoItsDocumentsText() throws IOException {
        CliRunner.Result r = analyze(seedFiles());
        assertThat(r.exitCode()).as(r.err()).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(Path.of("docs/events.schema.json").toFile());
        Map<String, String> texts = new HashMap<>();
        documents().forEach(d -> texts.put(d.get("doc_id").asText(), d.get("text").asText()));
        List<String> lines = Files.readAllLines(dir.resolve("out/events.jsonl"));
        assertThat(lines).as("the seeds hold events").isNotEmpty();
        for (String line : lines) {
            JsonNode e = json.readTree(line);
            schema.get("required").forEach(f -> assertThat(e.has(f.asText())).as(f.asText() + " in " + line).isTrue());
            assertThat(e.get("date").isNull() || e.get("date").asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                    .as(line).isTrue();
            for (JsonNode m : e.get("mentions")) {
                String text = texts.get(m.get("doc_id").asText());
                assertThat(text).as("mention's document in documents.jsonl").isNotNull();
                assertThat(m.get("start").asInt()).isBetween(0, m.get("end").asInt());
                assertThat(m.get("end").asInt()).isLessThanOrEqualTo(text.length());
            }
        }
        assertThat(r.out()).contains("timeline").contains("sources");
    }

    @Test
    void runningTwiceOnTheFolderLeavesFiveDocumentsAndSkipsThem() throws IOException {
        String folder = Path.of("examples/seeds").toAbsolutePath().toString();
        analyze(List.of(folder));
        CliRunner.Result again = analyze(List.of(folder));

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
    void aMalformedJsonlLineIsOneLineNamingItAndTheOtherLinesAreDone() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"ok\",\"text\":\"Le président a reçu son homologue à Paris.\"}\n"
                        + "{\"id\":\"broken\",\"text\": oops\n");
        CliRunner.Result r = analyze(List.of(jsonl.toString()));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("caravan: ").contains("feed.jsonl:2");
        assertThat(documents()).extracting(d -> d.get("doc_id").asText()).containsExactly("ok");
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
    @EnabledIfEnvironmentVariable(named = "CARAVAN_TEST_PG_URL", matches = "postgres(ql)?://.+")
    void aPostgresqlUrlStoresInPostgresqlAndSkipsOnTheSecondRun() throws Exception {
        String base = System.getenv("CARAVAN_TEST_PG_URL");
        String schema = "caravan_cli_" + UUID.randomUUID().toString().replace("-", "");
        URI uri = new URI(base);
        String[] user = uri.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        try (Connection c = DriverManager.getConnection(jdbc, user[0], user.length > 1 ? user[1] : null);
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            try {
                String db = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                List<String> files = seedFiles();
                List<String> args = new ArrayList<>(
                        List.of("analyze", "-o", dir.resolve("out").toString(), "--db", db));
                args.addAll(files);
                CliRunner.Result first = CliRunner.run(args.toArray(String[]::new));
                CliRunner.Result second = CliRunner.run(args.toArray(String[]::new));

                assertThat(first.exitCode()).as(first.err()).isZero();
                assertThat(second.out()).contains("(0 new, 5 skipped as done, 0 failed)");
                if (user.length > 1) {
                    assertThat(second.out()).as("password hidden").doesNotContain(":" + user[1] + "@");
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + schema + ".documents")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(5);
                }
            } finally {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
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
