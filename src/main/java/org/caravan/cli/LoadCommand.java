package org.caravan.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.caravan.explore.load.LoadReport;
import org.caravan.explore.load.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caravan load URL}: a bounded load test of a running {@code caravan serve} (search, events, dyad). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load-tests a running caravan serve: concurrent clients on search, events and dyad for a "
                + "fixed time; prints requests, errors, requests/s, p50 and p99 per route (a Markdown table).")
final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/")
    private URI base;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "200",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "How long (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || clients > 2000) {
            throw new UserException("--clients must be between 1 and 2000, not " + clients);
        }
        if (seconds < 1 || seconds > 3600) {
            throw new UserException("--seconds must be between 1 and 3600, not " + seconds);
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new UserException("URL must be http:// or https://, not " + base);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadReport r = new LoadTest(base, LoadTest.defaultRoutes(), clients, Duration.ofSeconds(seconds))
                .run(line -> err.println("caravan: " + line));
        out.printf("%d clients, %.1f s, %d requests, %d errors%n%n", r.clients(), r.seconds(), r.requests(),
                r.errors());
        out.print(r.table());
        out.flush();
        return r.errors() == 0 ? ErrorHandler.OK : ErrorHandler.FAILURE;
    }
}
