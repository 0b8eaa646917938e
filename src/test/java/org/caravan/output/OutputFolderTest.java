package org.caravan.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.model.Span;
import org.caravan.store.Fixtures;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRunsDocumentsInOrderWithTheirEvents() throws IOException {
        try (Store store = Store.open(dir.resolve("db").toString())) {
            Document a = Fixtures.document("a", "Xi est arrivé.");
            a = a.withEvents(List.of(Fixtures.visit("a", "a-1", new Span(3, 13))));
            store.save(StoredDocument.done(a, "h", "ingest"), EventLines.stored(a));
            store.save(StoredDocument.failed("b", "h", "ingest", Metadata.of("b.txt"), "boom"), List.of());
            Document other = Fixtures.document("other", "not in this run");
            store.save(StoredDocument.done(other, "h", "ingest"), List.of());

            OutputFolder.Written w = OutputFolder.write(dir.resolve("out"), store, List.of("b", "a", "missing"));

            assertThat(w.documents()).isEqualTo(2);
            assertThat(w.events()).isEqualTo(1);
            assertThat(w.languages()).containsEntry("fr", 1);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> docs = Files.readAllLines(dir.resolve("out/documents.jsonl"));
        assertThat(docs).hasSize(2);
        JsonNode b = json.readTree(docs.get(0));
        JsonNode a = json.readTree(docs.get(1));
        assertThat(b.get("doc_id").asText()).isEqualTo("b");
        assertThat(b.get("status").asText()).isEqualTo("failed");
        assertThat(b.get("reason").asText()).isEqualTo("boom");
        assertThat(a.get("doc_id").asText()).isEqualTo("a");
        assertThat(a.get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(a.get("title").asText()).isEqualTo("Title a");
        assertThat(a.get("published").asText()).isEqualTo("2023-11");
        assertThat(a.get("published_precision").asText()).isEqualTo("month");
        assertThat(a.get("lang").asText()).isEqualTo("fr");
        assertThat(a.get("text").asText()).isEqualTo("Xi est arrivé.");
        assertThat(a.get("status").asText()).isEqualTo("done");
        List<String> events = Files.readAllLines(dir.resolve("out/events.jsonl"));
        assertThat(events).hasSize(1);
        assertThat(json.readTree(events.get(0)).get("mentions").get(0).get("doc_id").asText()).isEqualTo("a");
        String storyId = json.readTree(events.get(0)).get("story").asText();
        List<String> stories = Files.readAllLines(dir.resolve("out/stories.jsonl"));
        assertThat(stories).hasSize(1);
        assertThat(json.readTree(stories.get(0)).get("id").asText()).isEqualTo(storyId);
        assertThat(json.readTree(stories.get(0)).get("articles").toString()).isEqualTo("[\"a\"]");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("documents.jsonl",
                    "events.jsonl", "stories.jsonl");
        }
    }

    @Test
    void emptyRunWritesEmptyFiles() throws IOException {
        try (Store store = Store.open(dir.resolve("db").toString())) {
            OutputFolder.Written w = OutputFolder.write(dir.resolve("out"), store, List.of());
            assertThat(w.documents()).isZero();
            assertThat(w.timeline().isEmpty()).isTrue();
        }
        assertThat(dir.resolve("out/documents.jsonl")).isEmptyFile();
        assertThat(dir.resolve("out/events.jsonl")).isEmptyFile();
        assertThat(dir.resolve("out/stories.jsonl")).isEmptyFile();
    }

    @Test
    void outputFilesGetTheModeOfAnyNewFileNotOwnerOnly() throws IOException {
        Path out = dir.resolve("out");
        try (Store store = Store.open(dir.resolve("db").toString())) {
            OutputFolder.write(out, store, List.of());
        }
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        assertThat(usual).as("a new file under this umask").contains(PosixFilePermission.OWNER_READ);

        for (String name : List.of("documents.jsonl", "events.jsonl")) {
            assertThat(Files.getPosixFilePermissions(out.resolve(name))).as(name).isEqualTo(usual);
        }
    }
}
