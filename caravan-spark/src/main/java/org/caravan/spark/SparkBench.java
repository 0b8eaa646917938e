package org.caravan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job's throughput with 1 and then 2 local cores, in one JVM: packs the HTML pages of a folder ({@code .html}
 * or {@code .html.gz}) into WARC.gz files, as CC-NEWS ships them, builds the pipeline and runs the job once to warm
 * up, then times {@code local[1]} and {@code local[2]} on the same files. Usage:
 * {@code SparkBench PAGES-DIR [--pages N] [--files K] [--work DIR]}. Prints documents/s of each and the ratio.
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SparkBench PAGES-DIR [--pages N] [--files K] [--work DIR]");
            System.exit(2);
        }
        int pages = Integer.parseInt(option(args, "--pages", "160"));
        int files = Integer.parseInt(option(args, "--files", "16"));
        Path work = Files.createDirectories(Path.of(option(args, "--work", "/tmp/caravan-spark-bench")));
        List<Path> warcs = pack(Path.of(args[0]), pages, files, work.resolve("in"));
        run("local[2]", warcs.subList(0, Math.min(2, warcs.size())), work.resolve("warmup"));
        double one = run("local[1]", warcs, work.resolve("out1"));
        double two = run("local[2]", warcs, work.resolve("out2"));
        System.out.printf(Locale.ROOT, "local[1] %.2f docs/s, local[2] %.2f docs/s, ratio %.2f%n", one, two, two / one);
    }

    /** Runs the job in a new local session; documents per second. */
    private static double run(String master, List<Path> inputs, Path out) {
        SparkSession spark = SparkSession.builder().master(master).appName("caravan-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            long t0 = System.nanoTime();
            AnalyzeJob.Summary s = AnalyzeJob.run(spark, inputs.stream().map(Path::toString).toList(), out.toString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %s in %.1f s: %.2f docs/s%n", master, s, seconds,
                    s.documents() / seconds);
            return s.documents() / seconds;
        } finally {
            spark.stop();
        }
    }

    /** The first {@code pages} pages (by name) as response records spread round-robin over {@code files} WARCs. */
    private static List<Path> pack(Path dir, int pages, int files, Path into) throws IOException {
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
                    .limit(pages).toList();
        }
        Files.createDirectories(into);
        List<WarcWriter> writers = new ArrayList<>();
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path f = into.resolve(String.format(Locale.ROOT, "bench-%03d.warc.gz", i));
            out.add(f);
            writers.add(new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP));
        }
        for (int i = 0; i < names.size(); i++) {
            byte[] body = read(names.get(i));
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            writers.get(i % files).write(new WarcResponse.Builder(URI.create("https://bench.example/" + i))
                    .body(MediaType.HTTP_RESPONSE, all).build());
        }
        for (WarcWriter w : writers) {
            w.close();
        }
        System.out.printf(Locale.ROOT, "packed %d pages into %d WARC files under %s%n", names.size(), files, into);
        return out;
    }

    private static byte[] read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                : Files.newInputStream(p)) {
            return in.readAllBytes();
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
