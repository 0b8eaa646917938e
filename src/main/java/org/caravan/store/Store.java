package org.caravan.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where documents and their events are kept between runs. Implementations are thread-safe. Each
 * {@link #save} is atomic: the document row and all its events are replaced together or not at all.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens (creating and migrating when needed) the store named on the command line: a {@code postgresql://} or
     * {@code jdbc:postgresql:} URL, a {@code jdbc:h2:} URL, or else the path of an embedded database folder.
     */
    static Store open(String location) {
        return JdbcStore.open(StoreLocation.parse(location));
    }

    /** What is stored for this document id, if anything. */
    Optional<DocumentState> state(String docId);

    /** Replaces the document and its events, in one transaction. */
    void save(StoredDocument document, List<StoredEvent> events);

    /** The stored document, if any. */
    Optional<StoredDocument> find(String docId);

    /** The stored events of a document, as {@code events.jsonl} lines, in the order they were saved. */
    List<String> eventLines(String docId);

    /**
     * Streams every stored event with its document to {@code sink}, in (document id, order saved) order, without
     * holding them all in memory. The sink must not call this store (H2 refuses a second query while a large scan
     * is open).
     */
    void scanEvents(Consumer<EventRecord> sink);

    /**
     * The merged events and stories kept beside the documents (migration V20); every {@link #save} marks its document
     * pending for the merge step.
     */
    MergeArchive archive();

    /** Number of stored documents. */
    long documentCount();

    /** Number of stored events. */
    long eventCount();

    /** A short description for messages: the folder or the URL without its password. */
    String describe();

    @Override
    void close();
}
