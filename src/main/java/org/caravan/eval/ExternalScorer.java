package org.caravan.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a public benchmark's own scorer (a Python script, used as it is) and captures what it prints, so that our
 * figures are computed exactly as the published ones. Stateless and thread-safe.
 */
public final class ExternalScorer {

    private ExternalScorer() {
    }

    /** What the scorer printed (stdout and stderr together) and its exit code. */
    public record Output(String text, int exitCode) {
    }

    /**
     * Runs {@code command} (interpreter, script, arguments) in {@code directory} when given, else in the current one.
     *
     * @throws IOException when the interpreter cannot be started, naming the command
     */
    public static Output run(List<String> command, Optional<Path> directory) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        directory.ifPresent(d -> pb.directory(d.toFile()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Output(text, p.waitFor());
    }
}
