package org.caravan.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import java.io.StringWriter;
import org.caravan.export.ExportFilter;
import org.caravan.export.Exporter;
import org.caravan.export.GdeltCodes;
import org.caravan.export.GdeltEventsSink;
import org.caravan.export.GdeltMentionsSink;
import org.caravan.export.ParquetSink;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.output.OutputFolder;
import org.caravan.run.Analysis;
import org.caravan.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in Spark's local mode on two cores, against what {@code caravan analyze} writes for the same input (the
 * same classes: {@link Analysis} into a real embedded store, then {@link OutputFolder} and its cross-document merge).
 */
class AnalyzeJobTest {

    private static final Path SHARED = Path.of(System.getProperty("caravan.shared", "../../shared")).toAbsolutePath()
            .normalize();
    private static final Path SEEDS = SHARED.resolve("corpus/seeds.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("caravan-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void seedsGiveTheEventsOfAnalyze() throws IOException {
        Path out = tmp.resolve("out");
        AnalyzeJob.Summary s = AnalyzeJob.run(spark, List.of(SEEDS.toString()), out.toString());

        assertThat(s.documents()).isEqualTo(5);
        assertThat(s.failures()).isZero();
        List<String> job = jobEvents(out);
        Analyzed analyzed = analyze(SEEDS);
        assertThat(job).isNotEmpty().hasSize((int) s.events()).isEqualTo(analyzed.events());
        assertThat(gdelt(out.resolve("gdelt-events"), 61, 0, 59)).hasSize(job.size())
                .isEqualTo(analyzed.gdeltEvents());
        assertThat(gdelt(out.resolve("gdelt-mentions"), 16, 0, 1, 2)).hasSizeGreaterThan(job.size())
                .isEqualTo(analyzed.gdeltMentions());
        assertThat(job).as("some events are told by several seeds: the merge ran").anyMatch(k -> !k.endsWith("sources=1"));
        assertThat(out.resolve("events/year_month=2022-09")).isDirectory();
        assertThat(ExecutorPipeline.built()).as("pipelines built in this JVM").isEqualTo(1);
        List<String> columns = Arrays.asList(spark.read().parquet(out.resolve("events").toString()).columns());
        assertThat(columns).containsAll(ParquetSink.SCHEMA.getFields().stream().map(f -> f.getName()).toList())
                .contains("year_month");
        Row doc = spark.read().parquet(out.resolve("documents").toString()).where("doc_id like '000_%'").first();
        assertThat(doc.<String>getAs("status")).isEqualTo("done");
        assertThat(doc.<String>getAs("published")).isEqualTo("2022-09-14");
    }

    @Test
    void aWarcFileAndABadOneAmongGoodOnes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        writeWarc(in.resolve("news.warc.gz"), seeds(3));
        byte[] junk = new byte[4096];
        new Random(14).nextBytes(junk);
        Files.write(in.resolve("junk.warc.gz"), junk);
        Path out = tmp.resolve("out");

        AnalyzeJob.Summary s = AnalyzeJob.run(spark, List.of(in.toString(), tmp.resolve("missing.jsonl").toString()),
                out.toString());

        assertThat(s.files()).isEqualTo(2);
        assertThat(s.documents()).isEqualTo(3);
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
        assertThat(failures).extracting(r -> r.getString(0)).anyMatch(f -> f.endsWith("junk.warc.gz"))
                .anyMatch(f -> f.endsWith("missing.jsonl"));
        assertThat(failures).extracting(r -> r.getString(2)).anyMatch(r -> r.contains("no such file"));
        assertThat(jobEvents(out)).isNotEmpty().isEqualTo(analyze(in).events());
    }

    @Test
    void anEmptyFolderGivesEmptyTables() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("out");
        AnalyzeJob.Summary s = AnalyzeJob.run(spark, List.of(in.toString()), out.toString());
        assertThat(s).isEqualTo(new AnalyzeJob.Summary(0, 0, 0, 0));
        assertThat(jobEvents(out)).isEmpty();
        assertThat(gdelt(out.resolve("gdelt-events"), 61)).isEmpty();
    }

    /** The job's events, each as its merge key, codes, date and mention counts, sorted. */
    private static List<String> jobEvents(Path out) {
        List<String> rows = new ArrayList<>();
        for (Row r : spark.read().schema(DistributedMerge.SCHEMA).parquet(out.resolve("events").toString())
                .collectAsList()) {
            LocalDate date = r.getAs("date");
            rows.add(key(r.getAs("source_key"), r.getAs("target_key"), r.getAs("cameo"),
                    date == null ? "" : date.toString(), r.getAs("date_precision"),
                    r.<scala.collection.Seq<?>>getAs("mentions").size(), r.<Integer>getAs("sources")));
        }
        rows.sort(null);
        return rows;
    }

    /**
     * The lines of a GDELT table the job wrote (text files), each checked to have {@code columns} columns, without
     * the columns given (the event numbers, which are the store's in {@code caravan export} and input order here,
     * and the times the events were stored), sorted.
     */
    private static List<String> gdelt(Path dir, int columns, int... dropped) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return withoutColumns(lines, columns, dropped);
    }

    private static List<String> withoutColumns(List<String> lines, int columns, int... dropped) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            assertThat(fields).as(line).hasSize(columns);
            for (int i = dropped.length - 1; i >= 0; i--) {
                fields.remove(dropped[i]);
            }
            out.add(String.join("\t", fields));
        }
        out.sort(null);
        return out;
    }

    /** What {@code analyze} and {@code caravan export} write for an input. */
    private record Analyzed(List<String> events, List<String> gdeltEvents, List<String> gdeltMentions) {
    }

    /**
     * What {@code analyze} writes in events.jsonl for the same input, in the same form, and what {@code caravan
     * export --format gdelt-events | gdelt-mentions} writes from its store (as {@link #gdelt} reads the job's).
     */
    private static Analyzed analyze(Path input) throws IOException {
        Path dir = Files.createTempDirectory("caravan-spark-analyze");
        List<String> rows = new ArrayList<>();
        StringWriter events = new StringWriter();
        StringWriter mentions = new StringWriter();
        try (Store store = Store.open(dir.resolve("db").toString())) {
            Analysis.Result result = new Analysis(store, ExecutorPipeline::pipeline, 1, line -> { }).run(List.of(input));
            OutputFolder.write(dir.resolve("out"), store, result.docIds());
            Exporter exporter = new Exporter(CrossDocumentMerge.bundled());
            exporter.export(store, ExportFilter.NONE, new GdeltEventsSink(events, GdeltCodes.bundled()));
            exporter.export(store, ExportFilter.NONE, new GdeltMentionsSink(mentions));
        }
        for (String line : Files.readAllLines(dir.resolve("out").resolve(OutputFolder.EVENTS))) {
            JsonNode e = JSON.readTree(line);
            String date = e.path("date").asText("");
            String day = date.isEmpty() ? "" : date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
            rows.add(key(e.path("source").path("key").asText(""), e.path("target").path("key").asText(""),
                    e.path("cameo").asText(), day, e.path("date_precision").asText(null), e.path("mentions").size(),
                    e.path("sources").asInt()));
        }
        rows.sort(null);
        return new Analyzed(rows, withoutColumns(events.toString().lines().toList(), 61, 0, 59),
                withoutColumns(mentions.toString().lines().toList(), 16, 0, 1, 2));
    }

    private static String key(String source, String target, String cameo, String date, String precision,
                              int mentions, int sources) {
        return String.join(" ", source, target, cameo, date, String.valueOf(precision), "mentions=" + mentions,
                "sources=" + sources);
    }

    private static List<JsonNode> seeds(int n) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(SEEDS).subList(0, n)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** Each seed as an HTML page in a response record: its paragraphs, and its date in the page's metadata. */
    private static void writeWarc(Path file, List<JsonNode> docs) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (JsonNode d : docs) {
                StringBuilder html = new StringBuilder("<html><head><meta property=\"article:published_time\" content=\"")
                        .append(d.path("published").asText()).append("\"></head><body><article>");
                for (String p : d.path("text").asText().split("\n\\s*\n")) {
                    html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
                }
                html.append("</article></body></html>");
                byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] all = Arrays.copyOf(http, http.length + body.length);
                System.arraycopy(body, 0, all, http.length, body.length);
                String url = "https://news.example.org/" + d.path("id").asText();
                w.write(new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, all).build());
            }
        }
    }
}
