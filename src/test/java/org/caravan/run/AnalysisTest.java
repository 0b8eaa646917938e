package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.caravan.model.Diagnostic;
import org.caravan.pipeline.Pipeline;
import org.caravan.store.Status;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {

    @TempDir
    Path dir;

    private Store store;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Supplier<Pipeline> standard = () -> TestStages.pipeline(new TestStages.Explode(),
            new TestStages.TwoEvents(0, Optional.empty()));

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("caravan.db").toString());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Path> articles(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(String.format("art%03d.txt", i)),
                    "Le président " + i + " a rencontré son homologue à Astana.\n"));
        }
        return files;
    }

    private Analysis.Result run(List<Path> files, Supplier<Pipeline> pipeline) {
        return new Analysis(store, pipeline, 2, problems::add).run(files);
    }

    @Test
    void runningTwiceStoresNothingTwiceAndRedoesNothing() throws IOException {
        List<Path> files = articles(6);
        Analysis.Result first = run(files, standard);
        Analysis.Result second = run(files, standard);

        assertThat(first.counts().processed()).isEqualTo(6);
        assertThat(second.counts().processed()).isZero();
        assertThat(second.counts().skipped()).isEqualTo(6);
        assertThat(second.docIds()).containsExactly("art000", "art001", "art002", "art003", "art004", "art005");
        assertThat(store.documentCount()).isEqualTo(6);
        assertThat(store.eventCount()).isEqualTo(12);
        assertThat(problems).isEmpty();
    }

    @Test
    void documentsAreListedInInputOrderEvenWhenTheFirstFinishesLast() throws IOException {
        List<Path> files = articles(8);
        // art000 is held until the seven others are stored: each reports an error line once stored, which
        // counts the latch down, so completion order is art001..art007 then art000 on any scheduling
        CountDownLatch othersStored = new CountDownLatch(7);
        Supplier<Pipeline> holdFirst = () -> TestStages.pipeline(new TestStages.Hold("art000", othersStored),
                d -> d.id().equals("art000") ? d
                        : d.withDiagnostic(new Diagnostic(Diagnostic.Severity.ERROR, "test", "stored")));
        Analysis.Result r = new Analysis(store, holdFirst, 2, line -> {
            problems.add(line);
            othersStored.countDown();
        }).run(files);

        assertThat(r.counts().processed()).isEqualTo(8);
        assertThat(r.docIds()).containsExactly("art000", "art001", "art002", "art003", "art004", "art005",
                "art006", "art007");
    }

    @Test
    void changedContentIsRedoneAndReplacesTheOldDocument() throws IOException {
        List<Path> files = articles(3);
        run(files, standard);
        Files.writeString(files.get(1), "Un tout autre texte.\n");
        Analysis.Result again = run(files, standard);

        assertThat(again.counts().processed()).isEqualTo(1);
        assertThat(again.counts().skipped()).isEqualTo(2);
        assertThat(store.documentCount()).isEqualTo(3);
        assertThat(store.eventCount()).isEqualTo(6);
        assertThat(store.find("art001").orElseThrow().text()).contains("tout autre texte");
    }

    @Test
    void aNewPipelineRedoesEveryDocument() throws IOException {
        List<Path> files = articles(2);
        run(files, () -> TestStages.pipeline(new TestStages.Explode()));
        Analysis.Result again = run(files, standard);
        assertThat(again.counts().processed()).isEqualTo(2);
        assertThat(store.eventCount()).isEqualTo(4);
    }

    @Test
    void aDocumentThatThrowsIsStoredAsFailedWithItsReasonAndTheRunGoesOn() throws IOException {
        List<Path> files = articles(3);
        Files.writeString(files.get(1), "This one goes BOOM.\n");
        Analysis.Result r = run(files, standard);

        assertThat(r.counts().processed()).isEqualTo(2);
        assertThat(r.counts().failed()).isEqualTo(1);
        StoredDocument failed = store.find("art001").orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.reason().orElseThrow()).startsWith("IllegalStateException: exploded on purpose (at ");
        assertThat(store.eventLines("art001")).isEmpty();
        assertThat(problems).singleElement().asString().contains("art001.txt").contains("exploded on purpose");
    }

    @Test
    void aFailedDocumentIsRetriedOnTheNextRun() throws IOException {
        List<Path> files = articles(2);
        Files.writeString(files.get(0), "BOOM\n");
        run(files, standard);
        Analysis.Result again = run(files, () -> TestStages.pipeline(new TestStages.Explode("fixed now"),
                new TestStages.TwoEvents(0, Optional.empty())));

        assertThat(again.counts().processed()).isEqualTo(1);
        assertThat(again.counts().skipped()).isEqualTo(1);
        assertThat(store.find("art000").orElseThrow().status()).isEqualTo(Status.DONE);
    }

    @Test
    void anErrorDiagnosticIsReportedAndCountedButTheDocumentIsKept() throws IOException {
        List<Path> files = articles(2);
        Analysis.Result r = run(files, () -> TestStages.pipeline(d -> d.id().equals("art001")
                ? d.withDiagnostic(new Diagnostic(Diagnostic.Severity.ERROR, "nlp", "parser gave up"))
                        .withDiagnostic(Diagnostic.warning("nlp", "long sentence"))
                : d));

        assertThat(r.counts().processed()).isEqualTo(2);
        assertThat(r.counts().withErrors()).isEqualTo(1);
        assertThat(problems).singleElement().asString().contains("art001.txt").contains("nlp: parser gave up");
        assertThat(store.find("art001").orElseThrow().status()).isEqualTo(Status.DONE);
    }

    @Test
    void aMissingPathIsASourceErrorNamingIt() throws IOException {
        List<Path> files = new ArrayList<>(articles(1));
        files.add(dir.resolve("nowhere.txt"));
        Analysis.Result r = run(files, standard);

        assertThat(r.counts().sourceErrors()).isEqualTo(1);
        assertThat(r.counts().processed()).isEqualTo(1);
        assertThat(problems).singleElement().asString().contains("nowhere.txt");
    }

    @Test
    void emptyInputDoesNothing() {
        Analysis.Result r = run(List.of(), standard);
        assertThat(r.docIds()).isEmpty();
        assertThat(store.documentCount()).isZero();
    }

    @Test
    void randomTextsDoNotStopTheRun() throws IOException {
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(300);
            for (int j = 0; j < len; j++) {
                sb.append((char) (random.nextInt(0xD7FF) + 1));
            }
            files.add(Files.writeString(dir.resolve("rnd" + i + ".txt"), sb));
        }
        Analysis.Result r = run(files, standard);
        assertThat(r.counts().processed() + r.counts().failed() + r.counts().sourceErrors()).isEqualTo(20);
        assertThat(store.documentCount()).isEqualTo(r.counts().processed() + r.counts().failed());
    }
}
