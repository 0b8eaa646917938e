package org.caravan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code caravan eval}: runs a component over a public benchmark and prints its scores. Add one line a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a component on a public benchmark.",
        subcommands = {
            EvalCleanCommand.class,
            EvalTimeCommand.class,
            EvalCameoCommand.class,
            EvalStoriesCommand.class,
            EvalEventsCommand.class,
        })
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorHandler.USAGE;
    }

    static void register(CommandLine cl) {
        cl.addSubcommand(new EvalCommand());
    }
}
