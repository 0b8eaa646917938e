package org.caravan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravan.events.CameoBenchmark;
import org.caravan.events.EventCoder;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan eval cameo GOLD.jsonl}: codes each sentence of a CAMEO sentence-level gold file (English), writes
 * the predictions and prints the figures of the benchmark's own {@code score.py}.
 */
@Command(name = "cameo", mixinStandardHelpOptions = true,
        description = "Scores the event coder on a CAMEO sentence-level gold file (benchmarks/cameo/gold/*.jsonl).")
public final class EvalCameoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "gold JSONL, e.g. ../shared/benchmarks/cameo/gold/up_petr2_gsr.jsonl")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "predictions file (default target/cameo/NAME.system.jsonl)")
    Path out;

    @Mixin
    ScorerOption scorer;

    @Option(names = "--no-null", description = "passed to score.py: drop events with unknown (---) actors")
    boolean noNull;

    @Option(names = "--by-category", description = "passed to score.py: figures by category")
    boolean byCategory;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(gold)) {
            throw new UserException("no gold file at " + gold);
        }
        Path abs = gold.toAbsolutePath().normalize();
        Path score = scorer.orElse(abs.getParent().getParent().resolve("score.py"));
        String name = abs.getFileName().toString().replaceAll("\\.jsonl$", "");
        Path predictions = out != null ? out : Path.of("target", "cameo", name + ".system.jsonl");
        List<String> extra = new ArrayList<>();
        if (noNull) {
            extra.add("--no-null");
        }
        if (byCategory) {
            extra.add("--by-category");
        }
        Pipeline pipeline = PipelineFactory.standard(PipelineConfig.fromEnvironment(System.getenv()));
        Stage annotate = (Document d) -> {
            Document x = d;
            for (Stage s : pipeline.stages()) {
                if (!s.provides().contains(Layer.EVENTS)) {
                    x = s.process(x);
                }
            }
            return x;
        };
        CameoBenchmark.Outcome o = new CameoBenchmark(annotate, EventCoder.standard()).run(abs, predictions, score, extra);
        var w = spec.commandLine().getOut();
        w.printf("%d sentences coded, %d events predicted, written to %s%n", o.sentences(), o.events(), o.predictions());
        w.print(o.scorerOutput());
        w.flush();
        return o.exitCode() == 0 ? ErrorHandler.OK : ErrorHandler.FAILURE;
    }
}
