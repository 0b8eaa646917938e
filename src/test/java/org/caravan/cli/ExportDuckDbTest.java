package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caravan.export.GdeltEventsSink;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports of the seed events read back by an independent reader, DuckDB, as an analyst would. */
class ExportDuckDbTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String db;
    private static List<JsonNode> events;

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        db = dir.resolve("db").toString();
        CliRunner.Result r = CliRunner.run("analyze", "-o", dir.resolve("out").toString(), "--db", db,
                Path.of("examples/seeds.jsonl").toAbsolutePath().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        events = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("out/events.jsonl"))) {
            events.add(MAPPER.readTree(l));
        }
    }

    private static void export(String format, String out) {
        CliRunner.Result r = CliRunner.run("export", "--db", db, "--format", format, "-o", out);
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", row));
            }
            return rows;
        }
    }

    /** Code, day (or empty) and actor codes of each event of analyze's events.jsonl, sorted. */
    private static List<String> expected() {
        return events.stream().map(e -> e.get("cameo").asText() + " "
                + (e.path("date_precision").asText().equals("day") ? e.get("date").asText() : "null") + " "
                + e.at("/source/code").asText() + " " + e.at("/target/code").asText()).sorted().toList();
    }

    @Test
    void theParquetFileHasTypedColumnsAndTheEventsOfAnalyze() throws SQLException {
        Path file = dir.resolve("events.parquet");
        export("parquet", file.toString());

        List<String> rows = query("SELECT cameo, CASE WHEN date_precision = 'day' THEN CAST(date AS VARCHAR) END, "
                + "source_code, target_code FROM read_parquet('" + file + "') ORDER BY ALL");
        List<String> types = query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
                + file + "')) WHERE column_name IN ('date', 'goldstein', 'added', 'mentions')");
        long mentions = events.stream().mapToLong(e -> e.get("mentions").size()).sum();

        assertThat(rows).isEqualTo(expected());
        assertThat(types).contains("date DATE", "goldstein DOUBLE", "added TIMESTAMP WITH TIME ZONE");
        assertThat(types.stream().filter(t -> t.startsWith("mentions")).findFirst().orElseThrow())
                .contains("STRUCT(doc_id VARCHAR");
        assertThat(query("SELECT sum(len(mentions)) FROM read_parquet('" + file + "')"))
                .containsExactly(Long.toString(mentions));
    }

    @Test
    void aParquetFolderIsPartitionedByYearMonthAndReadsAsOneTable() throws SQLException, IOException {
        Path folder = dir.resolve("parts");
        export("parquet", folder + "/");

        List<String> parts;
        try (var s = Files.list(folder)) {
            parts = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertThat(parts).isNotEmpty().allMatch(p -> p.startsWith("year_month="));
        assertThat(query("SELECT count(*) FROM read_parquet('" + folder + "/*/*.parquet', hive_partitioning = true)"))
                .containsExactly(Integer.toString(events.size()));
        assertThat(query("SELECT count(*) FROM read_parquet('" + folder + "/*/*.parquet', hive_partitioning = true) "
                + "WHERE year_month <> strftime(date, '%Y-%m') AND date_precision IN ('day', 'month')"))
                .containsExactly("0");
        export("parquet", folder.toString());
        assertThat(query("SELECT count(*) FROM read_parquet('" + folder + "/*/*.parquet')"))
                .containsExactly(Integer.toString(events.size()));
    }

    /** DuckDB's {@code columns} argument for one GDELT table, from GDELT's published column list and types. */
    static String gdeltColumns(String table) throws IOException {
        List<String> columns = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/export/gdelt-2.0-columns.tsv"))) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f[0].equals(table)) {
                String type = switch (f[2]) {
                    case "INTEGER" -> "BIGINT";
                    case "FLOAT" -> "DOUBLE";
                    default -> "VARCHAR";
                };
                columns.add("'" + f[1] + "': '" + type + "'");
            }
        }
        return columns.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    private static String gdeltTable(Path file, String table) throws IOException {
        return "read_csv('" + file + "', delim = '\t', header = false, quote = '', columns = " + gdeltColumns(table)
                + ")";
    }

    @Test
    void theGdeltEventsFileReadsWithGdeltsColumnList() throws SQLException, IOException {
        Path file = dir.resolve("events.gdelt.tsv");
        export("gdelt-events", file.toString());
        String table = gdeltTable(file, "events");

        List<String> rows = query("SELECT EventCode, CASE WHEN SQLDATE IS NULL THEN 'null' ELSE "
                + "strftime(strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d'), '%Y-%m-%d') END, Actor1Code, Actor2Code "
                + "FROM " + table + " ORDER BY ALL");
        List<String> counts = query("SELECT EventRootCode || ' ' || QuadClass || ' ' || GoldsteinScale || ' ' "
                + "|| NumMentions || ' ' || NumArticles FROM " + table + " ORDER BY ALL");

        assertThat(gdeltColumns("events").split("': '")).hasSize(62);
        assertThat(rows).hasSameSizeAs(expected());
        assertThat(rows.stream().map(r -> r.split(" ")[0] + " " + r.split(" ")[1]).sorted().toList())
                .isEqualTo(expected().stream().map(r -> r.split(" ")[0] + " " + r.split(" ")[1]).sorted().toList());
        assertThat(counts).isEqualTo(events.stream().map(e -> e.get("root").asText() + " "
                + e.get("quad_class").asInt() + " " + e.get("goldstein").asDouble() + " " + e.get("mentions").size()
                + " " + e.get("num_documents").asInt()).sorted().toList());
        assertThat(query("SELECT count(DISTINCT GLOBALEVENTID) FROM " + table))
                .containsExactly(Integer.toString(events.size()));
    }

    @Test
    void theGdeltMentionsFileReadsWithGdeltsColumnListAndJoinsTheEvents() throws SQLException, IOException {
        Path eventsFile = dir.resolve("joined.events.tsv");
        Path mentionsFile = dir.resolve("joined.mentions.tsv");
        export("gdelt-events", eventsFile.toString());
        export("gdelt-mentions", mentionsFile.toString());
        String mentions = gdeltTable(mentionsFile, "mentions");
        long expected = events.stream().mapToLong(e -> e.get("mentions").size()).sum();

        assertThat(gdeltColumns("mentions").split("': '")).hasSize(17);
        assertThat(query("SELECT count(*) FROM " + mentions)).containsExactly(Long.toString(expected));
        assertThat(query("SELECT count(*) FROM " + mentions + " m WHERE NOT EXISTS (SELECT 1 FROM "
                + gdeltTable(eventsFile, "events") + " e WHERE e.GLOBALEVENTID = m.GLOBALEVENTID)"))
                .containsExactly("0");
        assertThat(query("SELECT count(*) FROM " + mentions + " WHERE ActionCharOffset < 0 "
                + "OR ActionCharOffset >= MentionDocLen OR SentenceID < 1 OR Confidence NOT BETWEEN 0 AND 100"))
                .containsExactly("0");
        assertThat(query("SELECT DISTINCT MentionDocTranslationInfo FROM " + mentions)).containsExactly("srclc:fra");
    }

    @Test
    void theCsvReadsWithItsHeaderAndHoldsTheEventsOfAnalyze() throws SQLException {
        Path file = dir.resolve("events.csv");
        export("csv", file.toString());

        List<String> rows = query("SELECT cameo, CASE WHEN date_precision = 'day' THEN date END, source_code, "
                + "target_code FROM read_csv('" + file + "', header = true, types = {'cameo': 'VARCHAR', "
                + "'date': 'VARCHAR'}) ORDER BY ALL");

        assertThat(rows).isEqualTo(expected());
    }
}
