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

    @Test
    void measuresEveryDocumentAndTimesIngestionAndEachStage() throws IOException {
        BenchReport r = new Bench(() -> TestStages.pipeline(new TestStages.Exclusive()), 2, Optional.empty(), 0,
                p -> { }).run(files("un", "deux", "trois"));

        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.stageNanos()).containsOnlyKeys(Bench.INGEST, "exclusive");
        assertThat(r.stageNanos().keySet()).first().isEqualTo(Bench.INGEST);
        assertThat(r.stageNanos().get("exclusive")).isGreaterThanOrEqualTo(3 * 2_000_000L);
        assertThat(r.peakHeap()).isPositive();
        assertThat(r.baseline()).isEmpty();
        assertThat(r.speedup()).isEmpty();
    }

    @Test
    void theBaselineSeesEveryDocumentAndGivesARatio() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        Baseline slow = (lang, text) -> {
            seen.incrementAndGet();
            sleep(20);
            return 7;
        };
        BenchReport r = new Bench(() -> TestStages.pipeline(new TestStages.Exclusive()), 1, Optional.of(slow), 0,
                p -> { }).run(files("a", "b"));

        assertThat(seen.get()).isEqualTo(2);
        assertThat(r.baseline().orElseThrow().tokens()).isEqualTo(14);
        assertThat(r.baseline().orElseThrow().nanos()).as("two baseline calls of at least 20 ms")
                .isGreaterThanOrEqualTo(2 * 20_000_000L);
        // the ratio is the baseline's time over the pipeline's, whatever the machine's speed (speed goes in
        // docs/benchmarks.md, not in a test)
        assertThat(r.speedup().orElseThrow())
                .isEqualTo((double) r.baseline().orElseThrow().nanos() / r.pipelineNanos());
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
        Stage lazyModel = d -> {
            if (!loaded.getAndSet(true)) {
                sleep(500);
            }
            return d;
        };
        BenchReport r = new Bench(() -> TestStages.pipeline(lazyModel), 1,
                Optional.of((lang, text) -> baselineCalls.incrementAndGet()), 2, p -> { })
                .run(files("a", "b", "c"));

        assertThat(r.warmupDocuments()).isEqualTo(2);
        assertThat(r.warmupNanos()).isGreaterThanOrEqualTo(500_000_000L);
        assertThat(r.documents()).isEqualTo(3);
        assertThat(baselineCalls.get()).isEqualTo(5);
        assertThat(r.stageNanos().values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("the model's loading is not measured").isLessThan(500_000_000L);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void emptyInputMeasuresNothing() {
        BenchReport r = new Bench(() -> TestStages.pipeline(), 1, Optional.empty(), 0, p -> { }).run(List.of());
        assertThat(r.documents()).isZero();
        assertThat(r.documentsPerSecond()).isZero();
    }
}
