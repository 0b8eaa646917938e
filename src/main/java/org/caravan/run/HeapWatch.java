package org.caravan.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap during a measurement: samples the used heap every {@value #PERIOD_MS} ms on a daemon thread
 * and reads the memory pools' own peaks (reset at start). Thread-safe.
 */
public final class HeapWatch implements AutoCloseable {

    private static final long PERIOD_MS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong sampled = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    public HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        sampler = new Thread(this::sample, "caravan-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The largest used heap seen by sampling, in bytes. */
    public long peakSampled() {
        return Math.max(sampled.get(), memory.getHeapMemoryUsage().getUsed());
    }

    /** The sum of the heap pools' peaks: an upper bound, since the pools may peak at different times. */
    public long peakPools() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The maximum heap the JVM may use, in bytes (-1 when undefined). */
    public long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
