package org.caravan.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.cli.Main;

/**
 * Runs the command line in-process, as {@code caravan ARGS...} would, capturing what it prints and its exit code.
 * Thread-safe (each call has its own buffers); relative paths resolve against the JVM's working directory, so pass
 * absolute ones.
 */
public final class CliRunner {

    private CliRunner() {
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {

        /** The lines printed on stderr. */
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    /**
     * Runs {@code caravan analyze --threads 1 --db WORK/db -o WORK/out OPTIONS... INPUT}: one worker, so that the
     * order of what is stored and printed is the input's.
     */
    public static Result analyze(Path work, Path input, String... options) {
        List<String> args = new ArrayList<>(List.of("analyze", "--threads", "1", "--db", work.resolve("db").toString(),
                "-o", work.resolve("out").toString()));
        args.addAll(List.of(options));
        args.add(input.toString());
        return run(args.toArray(String[]::new));
    }

    /**
     * Analyzes the bundled seed articles ({@code examples/seeds.jsonl}) into {@code WORK/db} and {@code WORK/out},
     * failing on a non-zero exit; returns the database path, for the commands that read the store.
     */
    public static String analyzeSeeds(Path work) {
        Result r = analyze(work, Path.of("examples/seeds.jsonl").toAbsolutePath());
        if (r.exitCode() != 0) {
            throw new AssertionError("analyze of the seeds exited " + r.exitCode() + ": " + r.err());
        }
        return work.resolve("db").toString();
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
