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

    @Test
    void theGdeltEventsFileReadsWithGdeltsColumnList() throws SQLException {
        Path file = dir.resolve("events.gdelt.tsv");
        export("gdelt-events", file.toString());
        String columns = GdeltEventsSink.COLUMNS.stream().map(c -> "'" + c + "': '"
                + (c.endsWith("Code") || c.equals("SOURCEURL") || c.endsWith("FullName") || c.endsWith("Name")
                || c.endsWith("FeatureID") ? "VARCHAR" : c.endsWith("Lat") || c.endsWith("Long")
                || c.equals("GoldsteinScale") || c.equals("AvgTone") || c.equals("FractionDate") ? "DOUBLE"
                : "BIGINT") + "'").collect(Collectors.joining(", ", "{", "}"));
        String table = "read_csv('" + file + "', delim = '\t', header = false, quote = '', columns = " + columns + ")";

        List<String> rows = query("SELECT EventCode, CASE WHEN SQLDATE IS NULL THEN 'null' ELSE "
                + "strftime(strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d'), '%Y-%m-%d') END, Actor1Code, Actor2Code "
                + "FROM " + table + " ORDER BY ALL");

        assertThat(rows).hasSameSizeAs(expected());
        assertThat(rows.stream().map(r -> r.split(" ")[0] + " " + r.split(" ")[1]).sorted().toList())
                .isEqualTo(expected().stream().map(r -> r.split(" ")[0] + " " + r.split(" ")[1]).sorted().toList());
        assertThat(query("SELECT count(DISTINCT GLOBALEVENTID) FROM " + table))
                .containsExactly(Integer.toString(events.size()));
    }
}
