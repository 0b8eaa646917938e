package org.caravan.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.caravan.ingest.Ingestor;
import org.caravan.ingest.RawDocument;
import org.caravan.ingest.SourceError;
import org.caravan.ingest.SourceItem;
import org.caravan.ingest.Sources;
import org.caravan.model.Document;
import org.caravan.pipeline.Pipeline;

/**
 * The measurement behind {@code caravan bench}: ingestion and the pipeline over every document, in memory (no
 * store, no skipping), on the workers; with a baseline, the baseline runs on each document right after the
 * pipeline, on the same worker, so both see the same documents under the same load. The first documents are
 * first run once untimed (warm-up: models and caches load lazily), then measured with the rest. One run per
 * instance.
 */
public final class Bench {

    /** The name under which ingestion appears among the stage timings. */
    public static final String INGEST = "ingest";

    private final Supplier<Pipeline> pipelines;
    private final int threads;
    private final Optional<Baseline> baseline;
    private final Consumer<String> problems;
    private final int warmup;
    private final LongSupplier clock;
    private final Ingestor ingestor = new Ingestor();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sourceErrors = new AtomicLong();
    private final AtomicLong ingestNanos = new AtomicLong();
    private final AtomicLong baselineNanos = new AtomicLong();
    private final AtomicLong baselineTokens = new AtomicLong();

    /**
     * @param warmup the number of first documents run once, untimed, before the measure (models load lazily);
     *               they are then measured with the others
     */
    public Bench(Supplier<Pipeline> pipelines, int threads, Optional<Baseline> baseline, int warmup,
                 Consumer<String> problems) {
        this(pipelines, threads, baseline, warmup, problems, System::nanoTime);
    }

    /** @param clock the clock of the measure, in nanoseconds (tests pass one that counts work, not time) */
    Bench(Supplier<Pipeline> pipelines, int threads, Optional<Baseline> baseline, int warmup,
          Consumer<String> problems, LongSupplier clock) {
        this.clock = clock;
        this.warmup = warmup;
        this.pipelines = pipelines;
        this.threads = threads;
        this.baseline = baseline;
        this.problems = problems;
    }

    /** Documents measured so far (for a progress display). */
    public long documents() {
        return documents.get();
    }

    public BenchReport run(List<Path> paths) {
        try (HeapWatch heap = new HeapWatch();
             Workers workers = new Workers(threads, pipelines);
             Stream<SourceItem> items = Sources.stream(paths)) {
            Iterator<SourceItem> it = items.iterator();
            List<RawDocument> first = new ArrayList<>();
            while (first.size() < warmup && it.hasNext()) {
                SourceItem item = it.next();
                if (item instanceof RawDocument raw) {
                    first.add(raw);
                } else {
                    accept(item, workers);
                }
            }
            long w0 = clock.getAsLong();
            first.forEach(raw -> warm(raw, workers.pipeline()));
            long warmupNanos = clock.getAsLong() - w0;
            Map<String, Long> before = workers.timings();
            long t0 = clock.getAsLong();
            first.forEach(raw -> accept(raw, workers));
            it.forEachRemaining(item -> accept(item, workers));
            workers.close();
            long wall = clock.getAsLong() - t0;
            Map<String, Long> stages = new LinkedHashMap<>();
            stages.put(INGEST, ingestNanos.get());
            workers.timings().forEach((k, v) -> stages.put(k, v - before.getOrDefault(k, 0L)));
            Optional<BenchReport.BaselineResult> base = baseline.map(
                    b -> new BenchReport.BaselineResult(baselineTokens.get(), baselineNanos.get()));
            return new BenchReport(documents.get(), tokens.get(), failed.get(), sourceErrors.get(), threads, wall,
                    warmupNanos, first.size(), stages, heap.peakSampled(), heap.peakPools(), heap.maxHeap(), base);
        }
    }

    private void accept(SourceItem item, Workers workers) {
        if (item instanceof SourceError e) {
            sourceErrors.incrementAndGet();
            problems.accept(e.location() + ": " + e.message());
        } else if (item instanceof RawDocument raw) {
            workers.submit(p -> measure(raw, p));
        }
    }

    /** Runs a document once, untimed, so that models load before the measure; its failures count later. */
    private void warm(RawDocument raw, Pipeline p) {
        try {
            Document d = p.process(ingestor.ingest(raw));
            baseline.ifPresent(b -> b.annotate(d.lang().orElse("en"), d.text()));
        } catch (RuntimeException | StackOverflowError e) {
            // measured again, and reported, in the timed run
        }
    }

    private void measure(RawDocument raw, Pipeline p) {
        Document d;
        try {
            long t0 = clock.getAsLong();
            Document in = ingestor.ingest(raw);
            ingestNanos.addAndGet(clock.getAsLong() - t0);
            d = p.process(in);
        } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            problems.accept(raw.location() + ": document " + raw.id() + " failed: " + Failures.reason(e));
            return;
        }
        documents.incrementAndGet();
        tokens.addAndGet(d.tokens().size());
        baseline.ifPresent(b -> {
            long t0 = clock.getAsLong();
            long n = b.annotate(d.lang().orElse("en"), d.text());
            baselineNanos.addAndGet(clock.getAsLong() - t0);
            baselineTokens.addAndGet(n);
        });
    }
}
