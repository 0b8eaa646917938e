package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.caravan.model.Document;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    @TempDir
    Path dir;

    private List<Path> files(String... texts) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(Files.writeString(dir.resolve("b" + i + ".txt"), texts[i]));
        }
        return out;
    }

    /**
     * A clock that counts work rather than time: each thread's reading advances only when that thread calls
     * {@link #work}, so every measure the bench takes is exact on any machine and under any load.
     */
    private static final class WorkClock implements LongSupplier {
        private final ThreadLocal<long[]> now = ThreadLocal.withInitial(() -> new long[1]);

        void work(long nanos) {
            now.get()[0] += nanos;
        }

        @Override
        public long getAsLong() {
            return now.get()[0];
        }
    }

    private final WorkClock clock = new WorkClock();

    /** A stage named {@code name} that does {@code nanos} of work per document. */
    private Stage working(String name, long nanos) {
        return new Stage() {
            @Override
            public Document process(Document d) {
                clock.work(nanos);
                return d;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    private Supplier<Pipeline> pipelines(Stage stage) {
        return () -> Pipeline.builder().clock(clock).add(stage).build();
    }

    @Test
    void measuresEveryDocumentAndTimesIngestionAndEachStage() throws IOException {
        BenchReport r = new Bench(pipelines(working("tag", 2_000_000L)), 2, Optional.empty(), 0, p -> { }, clock)
                .run(files("un", "deux", "trois"));

        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.stageNanos()).containsOnlyKeys(Bench.INGEST, "tag");
        assertThat(r.stageNanos().keySet()).first().isEqualTo(Bench.INGEST);
        assertThat(r.stageNanos().get("tag")).as("three documents of 2 ms of work").isEqualTo(3 * 2_000_000L);
        assertThat(r.stageNanos().get(Bench.INGEST)).as("ingestion did no work on the clock").isZero();
        assertThat(r.peakHeap()).isPositive();
        assertThat(r.baseline()).isEmpty();
        assertThat(r.speedup()).isEmpty();
    }

    @Test
    void theBaselineSeesEveryDocumentAndGivesARatio() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        Baseline slow = (lang, text) -> {
            seen.incrementAndGet();
            clock.work(20_000_000L);
            return 7;
        };
        BenchReport r = new Bench(pipelines(working("tag", 5_000_000L)), 1, Optional.of(slow), 0, p -> { }, clock)
                .run(files("a", "b"));

        assertThat(seen.get()).isEqualTo(2);
        assertThat(r.baseline().orElseThrow().tokens()).isEqualTo(14);
        assertThat(r.baseline().orElseThrow().nanos()).as("two baseline calls of 20 ms of work")
                .isEqualTo(2 * 20_000_000L);
        assertThat(r.pipelineNanos()).isEqualTo(2 * 5_000_000L);
        // the ratio is the baseline's work over the pipeline's (speed goes in docs/benchmarks.md, not in a test)
        assertThat(r.speedup()).contains(4.0);
    }

    @Test
    void failingDocumentsAreCountedAndReported() throws IOException {
        List<String> problems = new ArrayList<>();
        BenchReport r = new Bench(() -> TestStages.pipeline(new TestStages.Explode()), 1, Optional.empty(), 0,
                problems::add).run(files("fine", "BOOM"));
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(problems).singleElement().asString().contains("b1.txt");
    }

    @Test
    void warmUpDocumentsRunOnceUntimedAndAreThenMeasured() throws IOException {
        AtomicInteger baselineCalls = new AtomicInteger();
        AtomicBoolean loaded = new AtomicBoolean();
        Stage loading = new Stage() {
            @Override
            public Document process(Document d) {
                clock.work(loaded.getAndSet(true) ? 1_000_000L : 501_000_000L); // 500 ms to load, 1 ms a document
                return d;
            }

            @Override
            public String name() {
                return "model";
            }
        };
        BenchReport r = new Bench(pipelines(loading), 1,
                Optional.of((lang, text) -> baselineCalls.incrementAndGet()), 2, p -> { }, clock)
                .run(files("a", "b", "c"));

        assertThat(r.warmupDocuments()).isEqualTo(2);
        assertThat(r.warmupNanos()).as("the model's loading and two documents").isEqualTo(502_000_000L);
        assertThat(r.documents()).isEqualTo(3);
        assertThat(baselineCalls.get()).isEqualTo(5);
        assertThat(r.stageNanos().get("model")).as("the model's loading is not measured, the three documents are")
                .isEqualTo(3_000_000L);
    }

    @Test
    void emptyInputMeasuresNothing() {
        BenchReport r = new Bench(() -> TestStages.pipeline(), 1, Optional.empty(), 0, p -> { }).run(List.of());
        assertThat(r.documents()).isZero();
        assertThat(r.documentsPerSecond()).isZero();
    }
}
