package org.caravan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravan.explore.ReadStore;
import org.caravan.explore.search.IndexLocation;
import org.caravan.explore.search.SearchIndex;
import org.caravan.store.Store;
import org.caravan.store.StoreConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caravan index --rebuild}: remakes the search index of a store from what it holds. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index beside the store (analyze keeps it up to date otherwise).")
final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rebuild", description = "Rebuild the whole index from the store.")
    private boolean rebuild;

    @Option(names = "--db", paramLabel = "DB", defaultValue = "caravan.db",
            description = "Database: a folder or a postgresql:// URL (default: ${DEFAULT-VALUE}).")
    private String db;

    @Override
    public Integer call() {
        if (!rebuild) {
            throw new UserException("say --rebuild to rebuild the search index");
        }
        try (Store s = Store.open(db)) {
            s.describe();
        }
        StoreConnections connections = StoreConnections.of(db);
        Path dir = IndexLocation.of(connections);
        try (ReadStore store = new ReadStore(connections, 1)) {
            int n = SearchIndex.rebuild(store, dir);
            spec.commandLine().getOut().printf("indexed %d documents in %s%n", n, dir);
        }
        return ErrorHandler.OK;
    }
}
