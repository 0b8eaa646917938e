package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caravan.export.EventSink;
import org.caravan.export.ExportFilter;
import org.caravan.export.ExportFormat;
import org.caravan.export.Exporter;
import org.caravan.export.GdeltCodes;
import org.caravan.store.Store;
import org.caravan.stories.CrossDocumentMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caravan export --format F -o FILE [filters]}: writes the stored events (after the cross-document merge) in
 * one of the export formats. The file is written beside its final name and moved into place when complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the stored events: gdelt-events, gdelt-mentions, csv, jsonl or parquet.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt-events, gdelt-mentions, csv, jsonl or parquet")
    private String format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write; for "
            + "parquet, a folder (an existing one, or a name ending in /) gets one partition per year-month.")
    private String out;

    @Option(names = "--db", paramLabel = "DB", defaultValue = "caravan.db",
            description = "Database folder or postgresql:// URL (default: ${DEFAULT-VALUE}).")
    private String db;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY, YYYY-MM or YYYY-MM-DD).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY, YYYY-MM or YYYY-MM-DD).")
    private String to;

    @Option(names = "--actor", split = ",", paramLabel = "A", description = "Actor key or code on either side.")
    private List<String> actors = List.of();

    @Option(names = "--pair", split = ",", paramLabel = "A,B", description = "Two actors, in either direction.")
    private List<String> pair = List.of();

    @Option(names = "--root", split = ",", paramLabel = "NN", description = "CAMEO root codes (01 to 20).")
    private List<String> roots = List.of();

    @Option(names = "--quad", split = ",", paramLabel = "Q", description = "Quad classes (1 to 4).")
    private List<Integer> quads = List.of();

    @Option(names = "--lang", split = ",", paramLabel = "L", description = "Document languages (ISO 639-1).")
    private List<String> langs = List.of();

    @Option(names = "--source", split = ",", paramLabel = "S", description = "Outlets (URL host, e.g. lemonde.fr).")
    private List<String> outlets = List.of();

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new UserException(
                "--format must be one of " + ExportFormat.labels() + ", not '" + format + "'"));
        ExportFilter filter = filter();
        if (!db.contains(":") && !Files.isDirectory(Path.of(db))) {
            throw new UserException("no database at " + db + " (run caravan analyze first, or give --db)");
        }
        Path target = Path.of(out).toAbsolutePath();
        boolean folder = f.partitions() && (Files.isDirectory(target) || out.endsWith("/"));
        if (!folder && Files.isDirectory(target)) {
            throw new UserException(out + " is a folder; " + f.label() + " is written to a file");
        }
        if (folder) {
            ExportFolder.checkReplaceable(target);
        }
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        ExportFolder.delete(tmp);
        Exporter.Summary s;
        try (Store store = Store.open(db)) {
            try (EventSink sink = f.open(tmp, folder, GdeltCodes.bundled())) {
                s = new Exporter(CrossDocumentMerge.bundled()).export(store, filter, sink);
            }
        } catch (IOException | RuntimeException e) {
            ExportFolder.delete(tmp);
            throw e;
        }
        if (folder) {
            ExportFolder.delete(target);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d events (from %d stored) written to %s as %s%n", s.exported(), s.stored(), out, f.label());
        return ErrorHandler.OK;
    }

    private ExportFilter filter() {
        for (String r : roots) {
            if (!r.matches("(0[1-9]|1[0-9]|20)")) {
                throw new UserException("--root: a two-digit CAMEO root from 01 to 20, not '" + r + "'");
            }
        }
        for (int q : quads) {
            if (q < 1 || q > 4) {
                throw new UserException("--quad: a quad class from 1 to 4, not " + q);
            }
        }
        if (!pair.isEmpty() && pair.size() != 2) {
            throw new UserException("--pair: two actors separated by a comma, e.g. CHN,KAZ");
        }
        Optional<String> first = date("--from", from);
        Optional<String> last = date("--to", to);
        return new ExportFilter(first, last, actors, pair.isEmpty() ? Optional.empty() : Optional.of(pair), roots,
                quads, langs, outlets);
    }

    private static Optional<String> date(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new UserException(option + ": a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
        }
        return Optional.of(value);
    }
}
