package org.caravan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code caravan} command line. Subcommands are thin: they parse arguments, call a service and
 * render the result. Exit codes: 0 ok, 1 some input or work failed, 2 bad usage.
 */
@Command(name = "caravan", mixinStandardHelpOptions = true, version = "caravan 0.1.0",
        description = "Reads news articles and writes down, in CAMEO, what happened between nations.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        Commands.register(cl);
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
