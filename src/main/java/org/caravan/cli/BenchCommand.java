package org.caravan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.caravan.run.Baseline;
import org.caravan.run.Bench;
import org.caravan.run.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan bench PATH...}: runs ingestion and the pipeline in memory over the inputs and reports speed,
 * the share of each stage and the peak heap; with {@code --baseline corenlp}, also Stanford CoreNLP's own pipeline
 * over the same documents, and the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the pipeline in memory (no store, no skipping): documents/s, tokens/s, "
                + "share of time per stage, peak heap; optionally against a baseline.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    private List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Also run this baseline over the same documents: corenlp.")
    private String baseline;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Run the first N documents once, untimed, before measuring (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Override
    public Integer call() {
        if (warmup < 0) {
            throw new UserException("--warmup must be 0 or more, not " + warmup);
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads);
        }
        Optional<Baseline> base = baseline();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicReference<Progress> progress = new AtomicReference<>();
        Bench bench = new Bench(() -> PipelineFactory.standard(PipelineConfig.fromEnvironment(System.getenv())), threads, base, warmup,
                line -> {
                    Progress p = progress.get();
                    if (p != null) {
                        p.println("caravan: " + line);
                    } else {
                        err.println("caravan: " + line);
                    }
                });
        BenchReport r;
        try (Progress p = Progress.start(err, () -> bench.documents() + " documents")) {
            progress.set(p);
            r = bench.run(paths);
        }
        print(out, r);
        return r.failed() == 0 && r.sourceErrors() == 0 ? ErrorHandler.OK : ErrorHandler.FAILURE;
    }

    private Optional<Baseline> baseline() {
        if (baseline == null) {
            return Optional.empty();
        }
        if (!baseline.equals("corenlp")) {
            throw new UserException("unknown baseline '" + baseline + "' (known: corenlp)");
        }
        Optional<Baseline> b = Baseline.coreNlp();
        if (b.isEmpty()) {
            throw new UserException("baseline corenlp is not in this build (" + Baseline.CORENLP_CLASS + " missing)");
        }
        return b;
    }

    static void print(PrintWriter o, BenchReport r) {
        o.printf(Locale.ROOT, "documents   %d (%d failed, %d source errors), %d threads%n", r.documents(),
                r.failed(), r.sourceErrors(), r.threads());
        o.printf(Locale.ROOT, "tokens      %d%n", r.tokens());
        o.printf(Locale.ROOT, "warm-up     %.2f s (first %d documents once, untimed: models load)%n",
                r.warmupNanos() / 1e9, r.warmupDocuments());
        o.printf(Locale.ROOT, "wall time   %.2f s%n", r.wallNanos() / 1e9);
        o.printf(Locale.ROOT, "speed       %.2f documents/s, %.0f tokens/s%n", r.documentsPerSecond(),
                r.tokensPerSecond());
        long total = r.pipelineNanos();
        o.printf(Locale.ROOT, "stages      (thread time, summed over workers: %.2f s)%n", total / 1e9);
        r.stageNanos().forEach((stage, nanos) -> o.printf(Locale.ROOT, "  %-14s %8.2f s  %5.1f%%%n", stage,
                nanos / 1e9, total == 0 ? 0.0 : 100.0 * nanos / total));
        o.printf(Locale.ROOT, "peak heap   %s sampled (pools' peaks sum %s, max %s)%n", mib(r.peakHeap()),
                mib(r.peakHeapPools()), r.maxHeap() < 0 ? "unbounded" : mib(r.maxHeap()));
        r.baseline().ifPresent(b -> {
            o.printf(Locale.ROOT, "baseline    corenlp: %d tokens, %.2f s thread time, %.0f tokens/s per thread%n",
                    b.tokens(), b.nanos() / 1e9, b.nanos() == 0 ? 0.0 : b.tokens() * 1e9 / b.nanos());
            o.printf(Locale.ROOT, "ratio       caravan is %.2fx the speed of the corenlp baseline "
                    + "(baseline time / caravan time)%n", r.speedup().orElse(0.0));
        });
        o.flush();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
