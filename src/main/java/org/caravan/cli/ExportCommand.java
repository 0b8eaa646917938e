package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravan.explore.BadParameter;
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

    @Option(names = "--actor", paramLabel = "A", description = "Actors on either side: key, code, id or name (A,B).")
    private List<String> actors = List.of();

    @Option(names = "--pair", paramLabel = "A,B", description = "Two actors, in either direction.")
    private String pair;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root codes, 01 to 20 (NN,NN).")
    private List<String> roots = List.of();

    @Option(names = "--quad", paramLabel = "Q", description = "Quad classes, 1 to 4 (Q,Q).")
    private List<String> quads = List.of();

    @Option(names = "--lang", paramLabel = "L", split = ",", converter = DateLangOptions.LanguageCodeConverter.class,
            description = "Languages of the telling documents (ISO 639-1: L,L).")
    private List<String> langs = List.of();

    @Option(names = "--source", paramLabel = "S", description = "Outlets (URL host, e.g. lemonde.fr).")
    private List<String> outlets = List.of();

    @Option(names = "--place", paramLabel = "P", description = "Places: id, name or country code.")
    private List<String> places = List.of();

    @Option(names = "--doc", paramLabel = "ID", description = "Events told by this document.")
    private String doc;

    @Option(names = "--story", paramLabel = "ID", description = "Events of this story.")
    private String story;

    @Option(names = "--min-sources", paramLabel = "N", description = "Events told by at least N documents.")
    private String minSources;

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

    /** The options as the API's filter parameters, read and checked by the same code. */
    private ExportFilter filter() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "from", from);
        put(p, "to", to);
        put(p, "actor", actors);
        put(p, "pair", pair);
        put(p, "root", roots);
        put(p, "quad", quads);
        put(p, "lang", langs);
        put(p, "source", outlets);
        put(p, "place", places);
        put(p, "doc", doc);
        put(p, "story", story);
        put(p, "min_sources", minSources);
        try {
            return ExportFilter.parse(p);
        } catch (BadParameter e) {
            throw new UserException("--" + e.getMessage().replace("min_sources", "min-sources"));
        }
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static void put(Map<String, List<String>> p, String name, List<String> values) {
        if (!values.isEmpty()) {
            p.put(name, values);
        }
    }
}
