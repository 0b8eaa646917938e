package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caravan.export.ExportBench;
import org.caravan.export.ExportFormat;
import org.caravan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caravan bench-export --events N}: fills a new store with N synthetic events and measures their export
 * (time, events/s, peak heap). Run it with a small heap (CARAVAN_JAVA_OPTS=-Xmx512m) to check that the export
 * streams.
 */
@Command(name = "bench-export", mixinStandardHelpOptions = true,
        description = "Measures the export over a new store of N synthetic events: time, events/s, peak heap.")
final class ExportBenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Synthetic events to store (default: ${DEFAULT-VALUE}).")
    private long events;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "gdelt-events",
            description = "Export format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--db", paramLabel = "DB", required = true,
            description = "A new database folder or postgresql:// URL to fill (it must not exist yet if a folder).")
    private String db;

    @Option(names = "--reuse", description = "Export the store at --db as it is (filled by an earlier run of this "
            + "benchmark, or any store): no new events are made.")
    private boolean reuse;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The export file.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new UserException(
                "--format must be one of " + ExportFormat.labels() + ", not '" + format + "'"));
        if (events < 1) {
            throw new UserException("--events must be at least 1, not " + events);
        }
        boolean exists = db.contains(":") || Files.exists(Path.of(db));
        if (!reuse && !db.contains(":") && exists) {
            throw new UserException(db + " exists; the benchmark fills a new database (or give --reuse)");
        }
        if (reuse && !exists) {
            throw new UserException("--reuse: no database at " + db);
        }
        ExportBench.Report r;
        try (Store store = Store.open(db)) {
            r = ExportBench.run(store, reuse ? 0 : events, f, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        double secs = r.exportNanos() / 1e9;
        if (reuse) {
            o.printf(Locale.ROOT, "reused %s with %d stored events%n", db, r.stored());
        } else {
            o.printf(Locale.ROOT, "stored %d synthetic events in %.1f s%n", r.stored(), r.fillNanos() / 1e9);
        }
        o.printf(Locale.ROOT, "exported %d events (%s) in %.1f s: %.0f stored events/s%n", r.exported(), f.label(),
                secs, r.stored() / secs);
        o.printf(Locale.ROOT, "heap: peak sampled %d MB, pools' peaks %d MB, max %d MB%n", r.peakHeap() >> 20,
                r.peakHeapPools() >> 20, r.maxHeap() >> 20);
        return ErrorHandler.OK;
    }
}
