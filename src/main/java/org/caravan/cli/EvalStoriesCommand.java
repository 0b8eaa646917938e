package org.caravan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.caravan.eval.ExternalScorer;
import org.caravan.ingest.Ingestor;
import org.caravan.ingest.RawDocument;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.output.EventLines;
import org.caravan.run.Workers;
import org.caravan.stories.EcbPlus;
import org.caravan.stories.Stories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan eval stories DIR}: runs the pipeline, the cross-document merge and the story grouping over the
 * ECB+ documents of one split, writes the two prediction files and prints what the benchmark's own
 * {@code score.py} says of them: event-mention coreference (validated sentences) and documents into stories.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores the cross-document merge and the stories on ECB+ (benchmarks/news-clustering/ecbplus; "
                + "runs its score.py).")
public final class EvalStoriesCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The ECB+ folder (documents.jsonl, gold_documents.jsonl, gold_event_mentions.jsonl); "
                    + "score.py is looked for in it, then beside it.")
    Path dir;

    @Option(names = "--split", defaultValue = "test", description = "test (topics 36-45, default), dev or train.")
    String split;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR",
            description = "Where to write the predictions (default: a temporary folder, removed afterwards).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path documents = dir.resolve("documents.jsonl");
        Path goldEvents = dir.resolve("gold_event_mentions.jsonl");
        Path goldDocs = dir.resolve("gold_documents.jsonl");
        Path score = Files.isRegularFile(dir.resolve("score.py")) ? dir.resolve("score.py")
                : dir.toAbsolutePath().getParent().resolve("score.py");
        for (Path p : List.of(documents, goldEvents, goldDocs, score)) {
            if (!Files.isRegularFile(p)) {
                throw new UserException(dir + ": not the ECB+ benchmark folder (no " + p.getFileName() + ")");
            }
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads);
        }
        List<EcbPlus.Doc> docs = EcbPlus.read(documents, split);
        if (docs.isEmpty()) {
            throw new UserException(documents + ": no document in split '" + split + "'");
        }
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Map<String, EcbPlus.Coded> coded = code(docs);
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("caravan-eval-stories");
        Path sysEvents = folder.resolve("system_event_mentions.jsonl");
        Path sysDocs = folder.resolve("system_documents.jsonl");
        EcbPlus.Predicted p = EcbPlus.predict(docs, coded, Stories.english(PipelineFactory.eventNames()::name), true,
                sysEvents, sysDocs);
        o.printf(Locale.ROOT, "ECB+ %s split: %d documents coded in %.1f s; %d events, %d stories; %d event mentions "
                        + "predicted in validated sentences (Caravan finds its own mentions: predicted, not gold)%n",
                split, p.documents(), (System.nanoTime() - t0) / 1e9, p.events(), p.stories(), p.mentions());
        o.println();
        o.println("== event-mention coreference (validated sentences): score.py " + goldEvents.getFileName());
        o.flush();
        int a = scorer(score, goldEvents, sysEvents, List.of("--where", "split=" + split, "--where", "validated=true"));
        o.println();
        o.println("== documents into stories (ECB+ sub-topics): score.py " + goldDocs.getFileName());
        o.flush();
        int b = scorer(score, goldDocs, sysDocs, List.of("--where", "split=" + split));
        if (out == null) {
            Files.deleteIfExists(sysEvents);
            Files.deleteIfExists(sysDocs);
            Files.deleteIfExists(folder);
        } else {
            o.println("predictions in " + sysEvents + " and " + sysDocs);
        }
        o.flush();
        return a == 0 && b == 0 ? ErrorHandler.OK : ErrorHandler.FAILURE;
    }

    private Map<String, EcbPlus.Coded> code(List<EcbPlus.Doc> docs) {
        Map<String, EcbPlus.Coded> coded = new ConcurrentHashMap<>();
        Ingestor ingestor = new Ingestor();
        PrintWriter err = spec.commandLine().getErr();
        try (Workers workers = new Workers(threads, () -> PipelineFactory.standard(PipelineConfig.defaults()))) {
            for (EcbPlus.Doc d : docs) {
                workers.submit(pipeline -> {
                    RawDocument raw = new RawDocument(d.id(), d.id(), RawDocument.Format.TEXT, d.text(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("en"));
                    try {
                        Document x = pipeline.process(ingestor.ingest(raw));
                        List<ObjectNode> events = new ArrayList<>();
                        for (Event e : x.events()) {
                            events.add(EventLines.json(e, x));
                        }
                        coded.put(d.id(), new EcbPlus.Coded(x.text(), events));
                    } catch (RuntimeException e) {
                        synchronized (err) {
                            err.println("caravan: document " + d.id() + " failed: " + e);
                        }
                    }
                });
            }
        }
        return coded;
    }

    private int scorer(Path score, Path gold, Path system, List<String> options) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python, score.toAbsolutePath().toString(),
                gold.toAbsolutePath().toString(), system.toAbsolutePath().toString()));
        cmd.addAll(options);
        ExternalScorer.Output r = ExternalScorer.run(cmd, Optional.empty());
        PrintWriter o = spec.commandLine().getOut();
        o.print(r.text());
        o.flush();
        return r.exitCode();
    }
}
