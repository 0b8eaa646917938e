package org.caravan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caravan.ingest.LanguageStage;
import org.caravan.time.TimeMlEvaluation;
import org.caravan.time.TimeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan eval time CORPUS}: tags a TimeML corpus with the time stage, writes the annotated files and
 * prints the figures of the benchmark's {@code score.py} (extraction F1 strict and relaxed, type and value).
 */
@Command(name = "time", description = "Scores the time stage on a TimeML corpus (TempEval-3 figures).")
public final class EvalTimeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "a folder of .tml files (or of sub-folders of them)")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the annotated files (default target/timeml/CORPUS)")
    Path out;

    @Option(names = "--lang", paramLabel = "L", converter = DateLangOptions.LanguageConverter.class,
            description = "corpus language: en, fr, ru, de or es; guessed from the first document of each corpus folder if absent")
    String lang;

    @Mixin
    ScorerOption scorer;

    @Option(names = "--errors", description = "also list every miss and wrong value")
    boolean errors;

    @Option(names = "--per-file", description = "also print the figures of each document")
    boolean perFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(corpus)) {
            throw new UserException("not a folder: " + corpus);
        }
        Path abs = corpus.toAbsolutePath().normalize();
        Path score = scorer.orElse(abs.getParent().resolve("score.py"));
        Path target = out != null ? out : Path.of("target", "timeml", abs.getFileName().toString());
        List<String> extra = new ArrayList<>();
        if (errors) {
            extra.add("--errors");
        }
        if (perFile) {
            extra.add("--per-file");
        }
        var results = new TimeMlEvaluation(TimeStage.withBuiltInRules(), text -> LanguageStage.detect(text).orElse("en"))
                .run(abs, Optional.ofNullable(lang), target, score, extra);
        var o = spec.commandLine().getOut();
        int code = 0;
        for (TimeMlEvaluation.Result r : results) {
            o.printf("== %s: %d documents, %d expressions tagged, written to %s%n", r.gold().getFileName(),
                    r.documents(), r.expressions(), r.system());
            o.print(r.scorerOutput());
            if (r.exitCode() != 0) {
                code = 1;
            }
        }
        o.flush();
        return code;
    }
}
