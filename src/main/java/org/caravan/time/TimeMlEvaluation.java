package org.caravan.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.caravan.eval.ExternalScorer;

/**
 * Runs the time rules over a TimeML corpus (each document's creation time as the reference date), writes the
 * annotated copies and scores them with the benchmark's own {@code score.py}. A corpus folder either holds
 * {@code .tml} files or sub-folders that do (each scored on its own). Thread-safe if the stage is.
 */
public final class TimeMlEvaluation {

    /** The outcome for one folder of gold files: where the copies went and what the scorer printed. */
    public record Result(Path gold, Path system, int documents, int expressions, String scorerOutput, int exitCode) {
    }

    private final TimeStage stage;
    private final Function<String, String> languageOf;

    /** @param languageOf guesses the ISO 639-1 language of a document's text when the corpus's is not given */
    public TimeMlEvaluation(TimeStage stage, Function<String, String> languageOf) {
        this.stage = stage;
        this.languageOf = languageOf;
    }

    /**
     * Tags and scores a corpus.
     *
     * @param lang the corpus language, or empty to guess it from the text of each gold folder's first document
     * @param scorer the {@code score.py} to run
     * @param extraArgs passed to the scorer ("--errors", "--per-file")
     */
    public List<Result> run(Path corpus, Optional<String> lang, Path out, Path scorer, List<String> extraArgs)
            throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (Path gold : goldFolders(corpus)) {
            Path system = gold.equals(corpus) ? out : out.resolve(gold.getFileName().toString());
            Files.createDirectories(system);
            int docs = 0;
            int found = 0;
            String language = lang.orElse("");
            for (Path f : tmlFiles(gold)) {
                TimeMl doc = TimeMl.read(f);
                if (language.isEmpty()) {
                    language = languageOf.apply(doc.text());
                }
                var times = stage.find(doc.text(), language, doc.creationTime());
                Files.writeString(system.resolve(f.getFileName().toString()), doc.annotate(times), StandardCharsets.UTF_8);
                docs++;
                found += times.size();
            }
            List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(), system.toString()));
            cmd.addAll(extraArgs);
            ExternalScorer.Output scored = ExternalScorer.run(cmd, Optional.empty());
            results.add(new Result(gold, system, docs, found, scored.text(), scored.exitCode()));
        }
        return results;
    }

    static List<Path> goldFolders(Path corpus) throws IOException {
        if (!tmlFiles(corpus).isEmpty()) {
            return List.of(corpus);
        }
        List<Path> subs = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isDirectory(p) && !tmlFiles(p).isEmpty()) {
                    subs.add(p);
                }
            }
        }
        if (subs.isEmpty()) {
            throw new IOException(corpus + ": no .tml files in it or in its sub-folders");
        }
        return subs;
    }

    private static List<Path> tmlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml")
                    && Files.isRegularFile(p)).sorted().toList();
        }
    }

}
