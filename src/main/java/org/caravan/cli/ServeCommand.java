package org.caravan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.caravan.explore.EventCatalog;
import org.caravan.explore.ReadStore;
import org.caravan.explore.http.ExploreServer;
import org.caravan.explore.http.ServeConfig;
import org.caravan.explore.search.IndexLocation;
import org.caravan.explore.search.LuceneSearch;
import org.caravan.explore.search.SearchIndex;
import org.caravan.store.Store;
import org.caravan.store.StoreConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caravan serve}: the REST API, search and dashboard over the store, on loopback unless told otherwise.
 * Runs until interrupted; new events stored by {@code analyze} meanwhile show without a restart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard, the REST API (/api, /openapi.json, /api/docs) and search over the store.",
                "Reads while analyze writes; new events show within seconds."})
final class ServeCommand implements Callable<Integer> {

    /** Read connections kept open: enough for the request threads, few enough for a shared database. */
    private static final int POOL = 16;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", defaultValue = "caravan.db",
            description = "Database: a folder for the embedded database, or a postgresql:// URL "
                    + "(default: ${DEFAULT-VALUE}).")
    private String db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535, not " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(db)) {
            s.describe();
        }
        StoreConnections connections = StoreConnections.of(db);
        Path index = IndexLocation.of(connections);
        CountDownLatch stopped = new CountDownLatch(1);
        try (ReadStore store = new ReadStore(connections, POOL)) {
            if (!LuceneSearch.exists(index)) {
                err.println("caravan: building the search index " + index + "...");
                SearchIndex.rebuild(store, index);
            }
            try (LuceneSearch search = LuceneSearch.open(index);
                 ExploreServer server = ExploreServer.start(ServeConfig.of(bind, port), store,
                         new EventCatalog(store, line -> err.println("caravan: " + line)), search,
                         line -> err.println("caravan: " + line))) {
                String host = bind.contains(":") ? "[" + bind + "]" : bind;
                out.printf("Caravan is serving %s at http://%s:%d/ (API: /api, /openapi.json, /api/docs); "
                        + "Ctrl-C stops it.%n", connections.describe(), host, server.port());
                if (!isLoopback(bind)) {
                    err.println("caravan: warning: listening on " + bind + ", reachable from other machines");
                }
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
        }
        return ErrorHandler.OK;
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("localhost");
    }
}
