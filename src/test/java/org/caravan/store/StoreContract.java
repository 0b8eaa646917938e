package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do; each implementation's test opens a fresh one. */
abstract class StoreContract {

    Store store;

    abstract Store open();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void unknownDocumentHasNoState() {
        assertThat(store.state("nope")).isEmpty();
        assertThat(store.find("nope")).isEmpty();
        assertThat(store.eventLines("nope")).isEmpty();
    }

    @Test
    void savedDocumentReadsBackWithItsMetadataAndEvents() {
        StoredDocument d = StoredDocument.done(Fixtures.document("a", "Le texte."), "h1", "ingest");
        store.save(d, List.of(Fixtures.storedEvent("a-1"), Fixtures.storedEvent("a-2")));

        StoredDocument back = store.find("a").orElseThrow();
        assertThat(back).isEqualTo(d);
        assertThat(back.published()).contains(PartialDate.month(2023, 11));
        assertThat(back.published().get().precision()).isEqualTo(Precision.MONTH);
        assertThat(store.eventLines("a")).containsExactly("{\"id\":\"a-1\"}", "{\"id\":\"a-2\"}");
        assertThat(store.state("a")).contains(new DocumentState("h1", "ingest", Status.DONE));
    }

    @Test
    void savingAgainReplacesTheDocumentAndAllItsEvents() {
        store.save(StoredDocument.done(Fixtures.document("a", "old"), "h1", "ingest"),
                List.of(Fixtures.storedEvent("a-1"), Fixtures.storedEvent("a-2")));
        store.save(StoredDocument.done(Fixtures.document("a", "new"), "h2", "ingest"),
                List.of(Fixtures.storedEvent("a-3")));

        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(store.eventCount()).isEqualTo(1);
        assertThat(store.find("a").orElseThrow().text()).isEqualTo("new");
        assertThat(store.eventLines("a")).containsExactly("{\"id\":\"a-3\"}");
    }

    @Test
    void failedDocumentKeepsItsReason() {
        Metadata m = new Metadata("feed.jsonl:7", Optional.of("https://x.org/1"), Optional.empty(), Optional.empty());
        store.save(StoredDocument.failed("b", "h", "ingest", m, "IllegalStateException: boom"), List.of());

        StoredDocument back = store.find("b").orElseThrow();
        assertThat(back.status()).isEqualTo(Status.FAILED);
        assertThat(back.reason()).contains("IllegalStateException: boom");
        assertThat(back.source()).isEqualTo("feed.jsonl:7");
        assertThat(back.text()).isEmpty();
        assertThat(store.state("b").orElseThrow().finishedFor("h", "ingest")).isFalse();
    }

    @Test
    void aFailedSaveLeavesThePreviousVersionWhole() {
        store.save(StoredDocument.done(Fixtures.document("a", "old"), "h1", "ingest"),
                List.of(Fixtures.storedEvent("a-1")));
        StoredEvent tooLongCode = new StoredEvent("a-2", "0".repeat(100), Optional.empty(), "{}");

        assertThatThrownBy(() -> store.save(StoredDocument.done(Fixtures.document("a", "new"), "h2", "ingest"),
                List.of(Fixtures.storedEvent("a-3"), tooLongCode))).isInstanceOf(StoreException.class)
                .hasMessageContaining("save document a");

        assertThat(store.find("a").orElseThrow().text()).isEqualTo("old");
        assertThat(store.eventLines("a")).containsExactly("{\"id\":\"a-1\"}");
    }

    @Test
    void longTextAndUnicodeSurvive() {
        String text = "Токаев принял Си Цзиньпина — 习近平 🇰🇿 ".repeat(40_000);
        store.save(StoredDocument.done(Fixtures.document("u", text), "h", "ingest"), List.of());
        assertThat(store.find("u").orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void eventsAreNumberedOnceAndKeepTheirNumbersWhenTheirDocumentIsSavedAgain() {
        store.save(StoredDocument.done(Fixtures.document("a", "old"), "h1", "ingest"),
                List.of(Fixtures.storedEvent("a-1"), Fixtures.storedEvent("a-2")));
        store.save(StoredDocument.done(Fixtures.document("b", "other"), "h1", "ingest"),
                List.of(Fixtures.storedEvent("b-1")));
        java.util.Map<String, Long> before = numbers();
        assertThat(new java.util.HashSet<>(before.values())).hasSize(3);

        store.save(StoredDocument.done(Fixtures.document("a", "new"), "h2", "ingest"),
                List.of(Fixtures.storedEvent("a-1"), Fixtures.storedEvent("a-3")));
        java.util.Map<String, Long> after = numbers();

        assertThat(after.get("a-1")).isEqualTo(before.get("a-1"));
        assertThat(after.get("b-1")).isEqualTo(before.get("b-1"));
        assertThat(after.get("a-3")).isGreaterThan(java.util.Collections.max(before.values()));
    }

    @Test
    void scanStreamsEveryEventWithItsDocumentInDocumentOrder() {
        store.save(StoredDocument.done(Fixtures.document("b", "second"), "h", "ingest"),
                List.of(Fixtures.storedEvent("b-1")));
        store.save(StoredDocument.done(Fixtures.document("a", "first text"), "h", "ingest"),
                List.of(Fixtures.storedEvent("a-1"), Fixtures.storedEvent("a-2")));
        List<EventRecord> seen = new java.util.ArrayList<>();
        store.scanEvents(seen::add);

        assertThat(seen).extracting(EventRecord::json)
                .containsExactly("{\"id\":\"a-1\"}", "{\"id\":\"a-2\"}", "{\"id\":\"b-1\"}");
        EventRecord first = seen.get(0);
        assertThat(first.docId()).isEqualTo("a");
        assertThat(first.url()).contains("https://example.org/a");
        assertThat(first.lang()).contains("fr");
        assertThat(first.docLength()).isEqualTo("first text".length());
        assertThat(first.docSource()).isEqualTo("inbox/a.txt");
    }

    @Test
    void scanOfAnEmptyStoreSeesNothing() {
        List<EventRecord> seen = new java.util.ArrayList<>();
        store.scanEvents(seen::add);
        assertThat(seen).isEmpty();
    }

    private java.util.Map<String, Long> numbers() {
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        store.scanEvents(r -> m.put(r.json().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), r.globalId()));
        return m;
    }
}
