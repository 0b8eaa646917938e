package org.caravan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.javalin.util.JavalinBindException;
import org.caravan.data.DataFileException;
import org.caravan.explore.StoreUnavailable;
import org.caravan.store.StoreException;
import picocli.CommandLine;

/**
 * Maps exceptions to one line on stderr and an exit code; the one place where this happens. A bad argument
 * ({@link UserException}) and a malformed data file ({@link DataFileException}: a user lexicon, a knowledge-base
 * folder, naming the file and line) are the user's to fix: exit code 2, as is a bad option or parameter (picocli's
 * parameter error, which names the option: a bad {@code --date} or {@code --lang}, an unknown option).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("caravan: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr())) {
            cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        cl.getErr().flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof UserException || ex instanceof DataFileException) {
            cl.getErr().println("caravan: " + ex.getMessage());
            return USAGE;
        }
        if (ex instanceof JavalinBindException) {
            cl.getErr().println("caravan: cannot listen: " + ex.getMessage());
            return USAGE;
        }
        if (ex instanceof StoreException || ex instanceof StoreUnavailable) {
            cl.getErr().println("caravan: " + ex.getMessage());
            return FAILURE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            cl.getErr().println("caravan: I/O error: " + ex.getMessage());
            return FAILURE;
        }
        cl.getErr().println("caravan: internal error: " + ex);
        ex.printStackTrace(cl.getErr());
        return FAILURE;
    }
}
