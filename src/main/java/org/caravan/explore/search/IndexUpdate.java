package org.caravan.explore.search;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import org.caravan.explore.ReadStore;
import org.caravan.explore.StoreUnavailable;
import org.caravan.store.StoreConnections;

/**
 * Brings the search index of a store up to date after {@code analyze} stored some documents: re-indexes those, or
 * builds the whole index when there is none yet. A failure is reported, never fatal: the store is the record and
 * {@code caravan index --rebuild} remakes the index from it.
 */
public final class IndexUpdate {

    private IndexUpdate() {
    }

    /** @return how many documents were indexed, -1 when the index could not be written (reported) */
    public static int afterAnalysis(String db, Collection<String> docIds, Consumer<String> problems) {
        StoreConnections connections = StoreConnections.of(db);
        Path dir = IndexLocation.of(connections);
        try (ReadStore store = new ReadStore(connections, 1)) {
            return LuceneSearch.exists(dir) ? SearchIndex.update(store, dir, docIds) : SearchIndex.rebuild(store, dir);
        } catch (UncheckedIOException | StoreUnavailable e) {
            problems.accept("search index " + dir + " not updated (" + e.getMessage()
                    + "); run: caravan index --rebuild --db " + connections.describe());
            return -1;
        }
    }
}
