package org.caravan.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order the help shows them. */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine cl) {
        // Subcommands are added here as their features land.
        cl.addSubcommand("time", new TimeCommand());
        cl.addSubcommand("eval-time", new EvalTimeCommand()); // placeholder until EvalCommand lands: then `eval time`
    }
}
