package org.caravan.explore.search;

import java.nio.file.Path;
import org.caravan.store.StoreConnections;

/**
 * Where the search index of a store lives: the folder {@code index} inside an embedded database's folder, else
 * {@code caravan.index} in the working directory (for a PostgreSQL store); {@code CARAVAN_INDEX} (or the system property {@code caravan.index}, which tests use) overrides both.
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    public static Path of(StoreConnections store) {
        String env = System.getProperty("caravan.index", System.getenv("CARAVAN_INDEX"));
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return store.folder().map(f -> f.resolve("index")).orElse(Path.of("caravan.index").toAbsolutePath());
    }
}
