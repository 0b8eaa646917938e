package org.caravan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caravan.eval.Diagnosis;
import org.caravan.eval.EventScorer;
import org.caravan.eval.Finding;
import org.caravan.eval.JsonlFile;
import org.caravan.eval.Trace;
import org.caravan.eval.TraceStage;
import org.caravan.events.EventCoder;
import org.caravan.output.OutputFolder;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import org.caravan.run.Analysis;
import org.caravan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan eval events GOLD INPUT} (or a folder with gold.jsonl and input.jsonl): analyses the input as
 * {@code analyze} does, in a temporary store, writes documents.jsonl and events.jsonl, scores them with the shared
 * {@code score.py} unchanged, overall, per language and per CAMEO root, and lists each miss and extra with its
 * sentence and what the coder decided there.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Scores the event coder on a gold file of documents with their events (eval/score.py): "
                + "overall, per language, per CAMEO root, and every miss and extra with its sentence and reason.",
                "Give GOLD.jsonl and INPUT.jsonl, or a folder holding gold.jsonl and input.jsonl."})
public final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "GOLD INPUT", description = "gold and input JSONL, or a folder of both")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR",
            description = "Where to keep documents.jsonl, events.jsonl and the filtered gold files (default: a "
                    + "temporary folder, removed afterwards).")
    Path out;

    @Mixin
    ScorerOption scorer;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-findings", description = "Print the figures only, not the misses and extras.")
    boolean noFindings;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3",
            description = "Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path gold = paths.size() == 1 ? paths.get(0).resolve("gold.jsonl") : paths.get(0);
        Path input = paths.size() == 1 ? paths.get(0).resolve("input.jsonl") : paths.get(1);
        for (Path p : List.of(gold, input)) {
            if (!Files.isRegularFile(p)) {
                throw new UserException("no such file: " + p);
            }
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads);
        }
        Path score = scorer.orElse(defaultScorer(gold));
        JsonlFile goldFile = JsonlFile.read(gold);
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("caravan-eval-events");
        Path db = Files.createTempDirectory("caravan-eval-events-db");
        PrintWriter o = spec.commandLine().getOut();
        try {
            Map<String, Trace> traces = analyse(input, folder, db);
            Path events = folder.resolve(OutputFolder.EVENTS);
            EventScorer scorer = new EventScorer(python, score);
            EventScorer.Report all = scorer.score(gold, events, Optional.of(folder.resolve(OutputFolder.DOCUMENTS)));
            o.printf(Locale.ROOT, "%s: %d documents, %d gold events; %s%n", gold, goldFile.rows().size(),
                    goldFile.rows().stream().mapToInt(r -> r.path("events").size()).sum(),
                    out != null ? "output in " + folder : "output in a temporary folder");
            o.printf(Locale.ROOT, "%-10s %6s %6s %6s %5s %5s %5s  %s%n", "dated", "P", "R", "F1", "tp", "fp", "fn",
                    "salient recall");
            row(o, "all", all);
            figuresByLanguage(o, scorer, goldFile, traces, events, folder);
            figuresByRoot(o, scorer, goldFile, events, folder);
            o.printf(Locale.ROOT, "undated    %s%n", all.undated().columns());
            all.leaks().ifPresent(n -> o.printf(Locale.ROOT, "boilerplate leaks %d%n", n));
            if (!noFindings) {
                findings(o, new Diagnosis(goldFile, JsonlFile.read(events), traces).explain(all.lines()));
            }
        } finally {
            deleteTree(db);
            if (out == null) {
                deleteTree(folder);
            }
        }
        o.flush();
        return ErrorHandler.OK;
    }

    /** Runs analyze's own work into a fresh store and writes the output folder; returns each document's trace. */
    private Map<String, Trace> analyse(Path input, Path folder, Path db) throws IOException {
        Map<String, Trace> traces = new ConcurrentHashMap<>();
        PipelineConfig config = PipelineConfig.fromEnvironment(System.getenv());
        EventCoder coder = EventCoder.standard();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(db.resolve("eval").toString())) {
            Analysis analysis = new Analysis(store, () -> traced(PipelineFactory.standard(config), coder, traces),
                    threads, line -> {
                        synchronized (err) {
                            err.println("caravan: " + line);
                        }
                    }, true);
            Analysis.Result r = analysis.run(List.of(input));
            OutputFolder.write(folder, store, r.docIds(), PipelineFactory.eventNames());
        }
        return traces;
    }

    private static Pipeline traced(Pipeline standard, EventCoder coder, Map<String, Trace> traces) {
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : standard.stages()) {
            b.add(s);
        }
        return b.add(new TraceStage(coder, t -> traces.put(t.id(), t))).build();
    }

    private static void figuresByLanguage(PrintWriter o, EventScorer scorer, JsonlFile gold, Map<String, Trace> traces,
                                          Path events, Path folder) throws IOException, InterruptedException {
        Map<String, String> langs = new TreeMap<>();
        gold.rows().forEach(r -> {
            String id = r.path("id").asText();
            String lang = r.path("lang").asText(Optional.ofNullable(traces.get(id)).map(Trace::lang).orElse("?"));
            langs.put(id, lang);
        });
        for (String lang : langs.values().stream().distinct().sorted().toList()) {
            Path g = gold.writeRows(folder.resolve("gold." + lang + ".jsonl"),
                    r -> lang.equals(langs.get(r.path("id").asText())));
            row(o, lang, scorer.score(g, events, Optional.empty()));
        }
    }

    private static void figuresByRoot(PrintWriter o, EventScorer scorer, JsonlFile gold, Path events, Path folder)
            throws IOException, InterruptedException {
        JsonlFile system = JsonlFile.read(events);
        List<String> roots = new ArrayList<>(gold.goldRoots());
        system.rows().forEach(e -> JsonlFile.root(e).filter(r -> !roots.contains(r)).ifPresent(roots::add));
        roots.sort(Comparator.naturalOrder());
        for (String root : roots) {
            Path g = gold.writeGold(folder.resolve("gold.root" + root + ".jsonl"), r -> true,
                    e -> JsonlFile.root(e).orElse("").equals(root));
            Path s = system.writeRows(folder.resolve("events.root" + root + ".jsonl"),
                    e -> JsonlFile.root(e).orElse("").equals(root));
            row(o, "root " + root, scorer.score(g, s, Optional.empty()));
        }
    }

    private static void row(PrintWriter o, String name, EventScorer.Report r) {
        o.printf(Locale.ROOT, "%-10s %s  %s%n", name, r.dated().columns(),
                r.salientRecall().map(x -> String.format(Locale.ROOT, "%.3f", x)).orElse("-"));
    }

    private static void findings(PrintWriter o, List<Finding> fs) {
        for (String kind : List.of("missed", "extra")) {
            List<Finding> k = fs.stream().filter(f -> f.kind().equals(kind)).toList();
            Map<String, Long> causes = k.stream().collect(Collectors.groupingBy(Finding::cause, TreeMap::new,
                    Collectors.counting()));
            o.printf(Locale.ROOT, "%n%s %d: %s%n", kind.equals("missed") ? "misses" : "false positives", k.size(),
                    causes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            for (Finding f : k) {
                o.printf(Locale.ROOT, "%s %s %s  [%s] %s%n", f.kind(), f.doc(), f.event(), f.cause(), f.detail());
                f.evidence().forEach(s -> o.println("    " + s));
                f.coder().forEach(s -> o.println("      " + s));
            }
        }
    }

    private static Path defaultScorer(Path gold) {
        Path dir = gold.toAbsolutePath().normalize().getParent();
        Path beside = dir.resolve("score.py");
        return Files.isRegularFile(beside) || dir.getParent() == null ? beside : dir.getParent().resolve("score.py");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
