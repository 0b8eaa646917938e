package org.caravan.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order the help shows them. */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine cl) {
        cl.addSubcommand(new AnalyzeCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new ActorsCommand());
        cl.addSubcommand("time", new TimeCommand());
        cl.addSubcommand(new ExplainCommand());
        cl.addSubcommand(new ExplainMergeCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new IndexCommand());
        cl.addSubcommand(new LoadCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ExportBenchCommand());
        cl.addSubcommand(new MergeBenchCommand());
        EvalCommand.register(cl);
    }
}
