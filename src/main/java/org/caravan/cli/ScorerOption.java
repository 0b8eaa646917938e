package org.caravan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --scorer} option of the eval commands ({@code eval time}, {@code eval cameo}, {@code eval events}):
 * the {@code score.py} to run instead of the benchmark's own, found beside its data. One reading and one error:
 * a scorer that is not there is a user error naming the path, exit code 2.
 */
final class ScorerOption {

    @Option(names = "--scorer", paramLabel = "FILE",
            description = "score.py to run (default: the benchmark's own, beside its data or in the folder above).")
    private Path scorer;

    /** The scorer given, else {@code byDefault}; either must be a file. */
    Path orElse(Path byDefault) {
        Path score = scorer != null ? scorer : byDefault;
        if (!Files.isRegularFile(score)) {
            throw new UserException("no scorer at " + score + " (use --scorer)");
        }
        return score;
    }
}
