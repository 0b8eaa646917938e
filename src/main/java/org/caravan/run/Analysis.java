package org.caravan.run;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caravan.ingest.Ingestor;
import org.caravan.ingest.RawDocument;
import org.caravan.ingest.SourceError;
import org.caravan.ingest.SourceItem;
import org.caravan.ingest.Sources;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.output.EventLines;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;
import org.caravan.store.ContentHash;
import org.caravan.store.DocumentState;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.caravan.store.Status;
import org.caravan.store.StoredEvent;

/**
 * The work of {@code caravan analyze}: streams the sources, skips documents already done with the same content,
 * stages, code and knowledge ({@link WorkSignature}), ingests and processes the others on the workers, and stores each with its events in one
 * transaction. A document whose processing throws is stored as failed with its reason; the run goes on.
 * One run per instance; {@link #counts()} may be read from another thread while it runs.
 */
public final class Analysis {

    private final Store store;
    private final Supplier<Pipeline> pipelines;
    private final int threads;
    private final Consumer<String> problems;
    private final boolean redo;
    private final Knowledge knowledge;
    private final Ingestor ingestor = new Ingestor();
    private final Counts counts = new Counts();

    /**
     * @param problems receives one line per source error or failed document, naming where and what
     */
    public Analysis(Store store, Supplier<Pipeline> pipelines, int threads, Consumer<String> problems) {
        this(store, pipelines, threads, problems, false);
    }

    /**
     * @param redo process every document again, even those stored as done for the same input and pipeline
     */
    public Analysis(Store store, Supplier<Pipeline> pipelines, int threads, Consumer<String> problems,
                    boolean redo) {
        this(store, pipelines, threads, problems, redo, Knowledge.bundled());
    }

    /**
     * @param knowledge the hashes of the code and knowledge the pipelines use: a document stored with other ones is
     *                  redone, and counted with the reason
     */
    public Analysis(Store store, Supplier<Pipeline> pipelines, int threads, Consumer<String> problems,
                    boolean redo, Knowledge knowledge) {
        this.store = store;
        this.pipelines = pipelines;
        this.threads = threads;
        this.problems = problems;
        this.redo = redo;
        this.knowledge = knowledge;
    }

    /** Live counters of a run. */
    public static final class Counts {
        final AtomicLong processed = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong withErrors = new AtomicLong();
        final AtomicLong sourceErrors = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        final Map<String, AtomicLong> redone = new ConcurrentHashMap<>();

        public long processed() {
            return processed.get();
        }

        public long skipped() {
            return skipped.get();
        }

        public long failed() {
            return failed.get();
        }

        /** Documents processed to the end but carrying an error diagnostic from some stage. */
        public long withErrors() {
            return withErrors.get();
        }

        public long sourceErrors() {
            return sourceErrors.get();
        }

        /**
         * Documents stored before and processed again (counted in {@link #processed()}), by reason: their content,
         * the code, the stages or the user's knowledge changed, or they had failed. In reason order.
         */
        public Map<String, Long> redone() {
            Map<String, Long> out = new TreeMap<>();
            redone.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }

        public long redoneTotal() {
            return redone.values().stream().mapToLong(AtomicLong::get).sum();
        }

        /** Events coded by this run (documents skipped as done are not counted). */
        public long events() {
            return events.get();
        }
    }

    /**
     * What a run read: the ids of its documents in input order (held in memory, about 100 bytes a document:
     * the only part of a run that grows with the input), and its counters.
     */
    public record Result(Set<String> docIds, Counts counts, long nanos) {
    }

    public Counts counts() {
        return counts;
    }

    /** The stages of a pipeline, the first part of the {@link WorkSignature} stored with each document. */
    public static String signature(Pipeline p) {
        String stages = p.stages().stream().map(Stage::name).collect(Collectors.joining("+"));
        return stages.isEmpty() ? "ingest" : "ingest+" + stages;
    }

    public Result run(List<Path> paths) {
        long t0 = System.nanoTime();
        Set<String> ids = new LinkedHashSet<>();
        try (Workers workers = new Workers(threads, pipelines);
             Stream<SourceItem> items = Sources.stream(paths)) {
            String stages = signature(workers.pipeline());
            items.forEach(item -> {
                if (item instanceof SourceError e) {
                    counts.sourceErrors.incrementAndGet();
                    problems.accept(e.location() + ": " + e.message());
                } else if (item instanceof RawDocument raw) {
                    ids.add(raw.id());
                    accept(raw, stages, workers);
                }
            });
        }
        return new Result(ids, counts, System.nanoTime() - t0);
    }

    private void accept(RawDocument raw, String stages, Workers workers) {
        String hash = ContentHash.of(raw);
        Optional<DocumentState> state = redo ? Optional.empty() : store.state(raw.id());
        Optional<String> why = state.flatMap(st -> staleBecause(st, hash, stages));
        if (state.isPresent() && why.isEmpty()) {
            counts.skipped.incrementAndGet();
            return;
        }
        workers.submit(pipeline -> process(raw, hash, stages, why, pipeline));
    }

    /** Why a stored document must be redone; empty when it is finished work for this input and knowledge. */
    private Optional<String> staleBecause(DocumentState state, String hash, String stages) {
        if (state.status() != Status.DONE) {
            return Optional.of("it had failed");
        }
        if (!state.contentHash().equals(hash)) {
            return Optional.of("its content changed");
        }
        return WorkSignature.staleBecause(state.pipeline(), stages, knowledge);
    }

    private void process(RawDocument raw, String hash, String stages, Optional<String> why, Pipeline pipeline) {
        StoredDocument stored;
        List<StoredEvent> events;
        Document d;
        try {
            d = pipeline.process(ingestor.ingest(raw));
            events = EventLines.stored(d);
            stored = StoredDocument.done(d, hash, WorkSignature.of(stages, knowledge, d.lang().orElse("-")).text());
        } catch (RuntimeException | StackOverflowError e) {
            String reason = Failures.reason(e);
            Metadata m = new Metadata(raw.location(), raw.url(), raw.title(), Optional.empty());
            String signature = WorkSignature.of(stages, knowledge, "-").text();
            store.save(StoredDocument.failed(raw.id(), hash, signature, m, reason), List.of());
            counts.failed.incrementAndGet();
            problems.accept(raw.location() + ": document " + raw.id() + " failed: " + reason);
            return;
        }
        store.save(stored, events);
        counts.processed.incrementAndGet();
        why.ifPresent(w -> counts.redone.computeIfAbsent(w, k -> new AtomicLong()).incrementAndGet());
        counts.events.addAndGet(events.size());
        reportErrors(raw, d);
    }

    /** An error diagnostic means the document could not be fully processed: one line each, and counted. */
    private void reportErrors(RawDocument raw, Document d) {
        List<Diagnostic> errors = d.diagnostics().stream()
                .filter(x -> x.severity() == Diagnostic.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            counts.withErrors.incrementAndGet();
            errors.forEach(x -> problems.accept(raw.location() + ": document " + raw.id() + ": " + x.stage() + ": "
                    + x.message()));
        }
    }
}
