package org.caravan.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Stories;
import org.caravan.stories.Story;
import org.caravan.stories.StoryLines;
import java.util.Optional;
import java.util.TreeMap;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;

/**
 * Writes a run's output folder from the store: {@code documents.jsonl}, {@code events.jsonl} and
 * {@code stories.jsonl} (the events grouped by happening, {@link Stories}), each first written
 * to a temporary file and moved into place, so a reader never sees half a file. The events of all the documents
 * written go through the cross-document merge ({@link CrossDocumentMerge}): an event told by several documents is
 * one line with all its mentions. Not thread-safe.
 */
public final class OutputFolder {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String STORIES = "stories.jsonl";

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
        Path docsTmp = Files.createTempFile(dir, ".documents", ".tmp");
        Path eventsTmp = Files.createTempFile(dir, ".events", ".tmp");
        Path storiesTmp = Files.createTempFile(dir, ".stories", ".tmp");
        long stories = 0;
        long docs = 0;
        long events = 0;
        Timeline timeline = new Timeline();
        Map<String, Integer> languages = new TreeMap<>();
        List<ObjectNode> told = new ArrayList<>();
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
                for (String line : store.eventLines(id)) {
                    told.add((ObjectNode) Json.parse(line));
                }
            }
            Stories.Result grouped = Stories.english(names::name).group(CrossDocumentMerge.bundled().merge(told));
            for (Story story : grouped.stories()) {
                sw.write(Json.line(StoryLines.json(story)));
                sw.write('\n');
                stories++;
            }
            for (ObjectNode event : grouped.events()) {
                String line = Json.line(event);
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
}
