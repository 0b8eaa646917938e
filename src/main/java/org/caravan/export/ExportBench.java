package org.caravan.export;

import java.io.IOException;
import java.nio.file.Path;
import org.caravan.run.HeapWatch;
import org.caravan.store.Store;
import org.caravan.stories.CrossDocumentMerge;

/**
 * The export benchmark: fills a fresh store with synthetic events ({@link SyntheticStore}), then exports them and
 * measures the time and the heap of the export alone. Not thread-safe.
 */
public final class ExportBench {

    /** What was measured. */
    public record Report(long stored, long exported, long fillNanos, long exportNanos, long peakHeap,
                         long peakHeapPools, long maxHeap) {
    }

    private ExportBench() {
    }

    public static Report run(Store store, long events, ExportFormat format, Path out) throws IOException {
        long t0 = System.nanoTime();
        long stored = events == 0 ? store.eventCount() : new SyntheticStore(7).fill(store, events);
        long t1 = System.nanoTime();
        System.gc();
        Exporter.Summary s;
        long peak;
        long pools;
        long max;
        try (HeapWatch heap = new HeapWatch(); EventSink sink = format.open(out, false, GdeltCodes.bundled())) {
            s = new Exporter(CrossDocumentMerge.bundled()).export(store, ExportFilter.NONE, sink);
            peak = heap.peakSampled();
            pools = heap.peakPools();
            max = heap.maxHeap();
        }
        return new Report(stored, s.exported(), t1 - t0, System.nanoTime() - t1, peak, pools, max);
    }
}
