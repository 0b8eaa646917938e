package org.caravan.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a bench run.
 *
 * @param stageNanos   thread time per stage (ingestion first), summed over the workers
 * @param wallNanos    elapsed time of the measured run (after the warm-up)
 * @param warmupNanos  time of the untimed first pass over the first {@code warmupDocuments}
 *                     documents
 * @param peakHeap     the largest used heap sampled during the run, in bytes
 * @param peakHeapPools the sum of the heap pools' peaks: an upper bound of the peak heap
 */
public record BenchReport(long documents, long tokens, long failed, long sourceErrors, int threads, long wallNanos,
                          long warmupNanos, int warmupDocuments, Map<String, Long> stageNanos, long peakHeap,
                          long peakHeapPools, long maxHeap, Optional<BaselineResult> baseline) {

    public BenchReport {
        stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
    }

    /** The baseline's tokens and its thread time, summed over the workers. */
    public record BaselineResult(long tokens, long nanos) {
    }

    /** Thread time of ingestion and every stage, summed over the workers. */
    public long pipelineNanos() {
        return stageNanos.values().stream().mapToLong(Long::longValue).sum();
    }

    public double documentsPerSecond() {
        return perSecond(documents, wallNanos);
    }

    public double tokensPerSecond() {
        return perSecond(tokens, wallNanos);
    }

    /** How many times faster Caravan's whole pipeline is than the baseline alone (thread time against thread time). */
    public Optional<Double> speedup() {
        return baseline.filter(b -> pipelineNanos() > 0).map(b -> (double) b.nanos() / pipelineNanos());
    }

    static double perSecond(long n, long nanos) {
        return nanos <= 0 ? 0 : n * 1e9 / nanos;
    }
}
