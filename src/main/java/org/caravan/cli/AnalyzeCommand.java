package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.caravan.events.UserLexicons;
import org.caravan.explore.search.IndexUpdate;
import org.caravan.output.OutputFolder;
import org.caravan.run.Analysis;
import org.caravan.run.Knowledge;
import org.caravan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan analyze PATH...}: reads the inputs, runs the pipeline, stores every document with its events and
 * writes the output folder. Exit code 0 when every input was read and processed, 1 when some failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads articles (files and folders: .txt, .html, .jsonl[.gz], .warc[.gz], feeds), codes their "
                + "events, stores them, and writes OUTDIR/documents.jsonl and OUTDIR/events.jsonl.",
                "Documents already done with the same content, code and knowledge are skipped; failed ones, and those "
                        + "whose knowledge (user knowledge base, user lexicons of their language) or Caravan's code "
                        + "changed, are redone."})
final class AnalyzeCommand implements Callable<Integer> {

    private static final int TIMELINE_ROWS = 40;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    private List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "caravan.db",
            description = "Database: a folder for the embedded database, or a postgresql:// URL "
                    + "(default: ${DEFAULT-VALUE}).")
    private String db;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--kb", paramLabel = "DIR", description = "A folder of your own knowledge-base files, added to "
            + "the bundled ones (default: $CARAVAN_KB when set).")
    private Path kb;

    @Option(names = "--redo", description = "Process every document again, even those already done.")
    private boolean redo;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads);
        }
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        PipelineConfig config = PipelineConfig.fromEnvironment(System.getenv())
                .withKnowledgeBase(Optional.ofNullable(kb));
        try (Store store = Store.open(db)) {
            AtomicReference<Progress> progress = new AtomicReference<>();
            Knowledge knowledge = Knowledge.of(config.actors().userDir(), UserLexicons.configured());
            Analysis analysis = new Analysis(store, () -> PipelineFactory.standard(config),
                    threads, line -> problem(progress.get(), stderr, line), redo, knowledge);
            Analysis.Result result;
            try (Progress p = Progress.start(stderr, () -> status(analysis.counts()))) {
                progress.set(p);
                result = analysis.run(paths);
            }
            OutputFolder.Written written = OutputFolder.write(out, store, result.docIds(),
                    PipelineFactory.eventNames());
            IndexUpdate.afterAnalysis(db, result.docIds(), line -> stderr.println("caravan: " + line));
            summary(stdout, result, written, store.describe(), System.nanoTime() - start);
            Analysis.Counts c = result.counts();
            boolean allGood = c.failed() == 0 && c.sourceErrors() == 0 && c.withErrors() == 0;
            return allGood ? ErrorHandler.OK : ErrorHandler.FAILURE;
        }
    }

    private static void problem(Progress p, PrintWriter err, String line) {
        if (p != null) {
            p.println("caravan: " + line);
        } else {
            err.println("caravan: " + line);
        }
    }

    private static String status(Analysis.Counts c) {
        return String.format(Locale.ROOT, "%d done, %d skipped, %d failed, %d source errors, %d events",
                c.processed(), c.skipped(), c.failed(), c.sourceErrors(), c.events());
    }

    private void summary(PrintWriter o, Analysis.Result r, OutputFolder.Written w, String database, long nanos) {
        Map<String, Integer> langs = w.languages();
        Analysis.Counts c = r.counts();
        long redone = c.redoneTotal();
        o.printf(Locale.ROOT, "documents      %d (%d new, %s%d skipped as done, %d failed%s)%n", w.documents(),
                c.processed() - redone, redone == 0 ? "" : redone + " redone, ", c.skipped(), c.failed(),
                c.withErrors() == 0 ? "" : ", " + c.withErrors() + " with errors");
        if (redone > 0) {
            o.printf(Locale.ROOT, "redone         %s%n", c.redone().entrySet().stream()
                    .map(e -> e.getValue() + " because " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        o.printf(Locale.ROOT, "languages      %s%n", langs.isEmpty() ? "-" : langs.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
        o.printf(Locale.ROOT, "source errors  %d%n", c.sourceErrors());
        o.printf(Locale.ROOT, "events         %d%n", w.events());
        o.printf(Locale.ROOT, "stories        %d%n", w.stories());
        o.printf(Locale.ROOT, "time           %.1f s%n", nanos / 1e9);
        o.printf(Locale.ROOT, "output         %s, %s, %s (database %s)%n", out.resolve(OutputFolder.DOCUMENTS),
                out.resolve(OutputFolder.EVENTS), out.resolve(OutputFolder.STORIES), database);
        if (!w.timeline().isEmpty()) {
            o.println("timeline");
            w.timeline().print(o, PipelineFactory.eventNames(), TIMELINE_ROWS);
        }
        o.flush();
    }
}
