package org.caravan.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Stories;
import org.caravan.stories.ArchiveLines;
import org.caravan.stories.ArchiveMerge;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;

/**
 * Writes a run's output folder from the store: {@code documents.jsonl}, {@code events.jsonl} and
 * {@code stories.jsonl} (the events grouped by happening, {@link Stories}), each first written to a temporary file
 * and moved into place, so a reader never sees half a file. The files are created as any other file (mode 644 under
 * the usual umask of 022), not with the owner-only mode of {@code Files.createTempFile}. The events of all the documents
 * written go through the cross-document merge ({@link CrossDocumentMerge}), run first over the store
 * ({@link ArchiveMerge}, a no-op when it is up to date): an event told by several documents is one line with all its
 * mentions, including those of documents stored by earlier runs. Not thread-safe.
 */
public final class OutputFolder {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String STORIES = "stories.jsonl";
    private static final int MAX_ATTEMPTS = 100;
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    private OutputFolder() {
    }

    /**
     * What was written.
     *
     * @param languages number of documents per language code, in code order
     */
    public record Written(long documents, long events, long stories, Map<String, Integer> languages,
                          Timeline timeline) {
    }

    /** Writes the documents (and stories titled without CAMEO names: see the other overload). */
    public static Written write(Path dir, Store store, Iterable<String> docIds) throws IOException {
        return write(dir, store, docIds, EventNames.none());
    }

    /** Writes the documents of {@code docIds} (in that order) and their events, read back from the store. */
    public static Written write(Path dir, Store store, Iterable<String> docIds, EventNames names)
            throws IOException {
        Files.createDirectories(dir);
        Path docsTmp = newTemporary(dir, ".documents");
        Path eventsTmp = null;
        Path storiesTmp;
        try {
            eventsTmp = newTemporary(dir, ".events");
            storiesTmp = newTemporary(dir, ".stories");
        } catch (IOException e) {
            Files.deleteIfExists(docsTmp);
            if (eventsTmp != null) {
                Files.deleteIfExists(eventsTmp);
            }
            throw e;
        }
        long stories = 0;
        long docs = 0;
        long events = 0;
        Timeline timeline = new Timeline();
        Map<String, Integer> languages = new TreeMap<>();
        List<String> written = new ArrayList<>();
        try (BufferedWriter dw = Files.newBufferedWriter(docsTmp, StandardCharsets.UTF_8);
             BufferedWriter ew = Files.newBufferedWriter(eventsTmp, StandardCharsets.UTF_8);
             BufferedWriter sw = Files.newBufferedWriter(storiesTmp, StandardCharsets.UTF_8)) {
            for (String id : docIds) {
                Optional<StoredDocument> d = store.find(id);
                if (d.isEmpty()) {
                    continue;
                }
                dw.write(Json.line(DocumentLines.json(d.get())));
                dw.write('\n');
                docs++;
                d.get().lang().ifPresent(l -> languages.merge(l, 1, Integer::sum));
                written.add(id);
            }
            new ArchiveMerge(CrossDocumentMerge.bundled(), Stories.english(names::name)).update(store.archive());
            ArchiveLines lines = ArchiveLines.of(store.archive(), written);
            for (String story : lines.stories()) {
                sw.write(story);
                sw.write('\n');
                stories++;
            }
            for (String line : lines.events()) {
                ew.write(line);
                ew.write('\n');
                timeline.add(line);
                events++;
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(docsTmp);
            Files.deleteIfExists(eventsTmp);
            Files.deleteIfExists(storiesTmp);
            throw e;
        }
        Files.move(docsTmp, dir.resolve(DOCUMENTS), StandardCopyOption.REPLACE_EXISTING);
        Files.move(eventsTmp, dir.resolve(EVENTS), StandardCopyOption.REPLACE_EXISTING);
        Files.move(storiesTmp, dir.resolve(STORIES), StandardCopyOption.REPLACE_EXISTING);
        return new Written(docs, events, stories, languages, timeline);
    }

    /**
     * A new empty file in {@code dir}, named after the prefix, this process and a counter, created with the default
     * permissions (the umask applies).
     */
    static Path newTemporary(Path dir, String prefix) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + "." + pid + "." + TEMPORARIES.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
