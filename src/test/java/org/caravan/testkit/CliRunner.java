package org.caravan.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        public java.util.List<String> errLines() {
            return err.isEmpty() ? java.util.List.of() : java.util.List.of(err.split("\\R"));
        }
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
