package org.caravan.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.caravan.pipeline.Pipeline;

/**
 * A fixed pool of worker threads that run tasks against a pipeline. At most {@code 2 × threads} tasks wait at any
 * time ({@link #submit} blocks beyond), so a producer streaming a huge input holds a bounded number of documents.
 * A thread-safe pipeline is shared; otherwise each running task borrows one of at most {@code threads} pipelines.
 * A task that throws stops the run: {@link #submit} and {@link #close} rethrow it.
 * {@link #submit} is for one producer thread; {@link #timings} may be called from any thread.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final BlockingQueue<Pipeline> idle;
    private final List<Pipeline> all = new ArrayList<>();
    private final Supplier<Pipeline> factory;
    private final Pipeline first;
    private final int threads;
    private final AtomicInteger created = new AtomicInteger(1);
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private volatile boolean rethrown;

    public Workers(int threads, Supplier<Pipeline> factory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.factory = factory;
        this.first = factory.get();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "caravan-worker");
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(2 * threads);
        this.idle = new ArrayBlockingQueue<>(threads);
        idle.add(first);
        all.add(first);
    }

    /** The first pipeline built, to read its stages from. */
    public Pipeline pipeline() {
        return first;
    }

    /** Runs the task on a worker; blocks while {@code 2 × threads} tasks are pending. */
    public void submit(Consumer<Pipeline> task) {
        rethrow();
        slots.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (fatal.get() == null) {
                    Pipeline p = borrow();
                    try {
                        task.accept(p);
                    } finally {
                        giveBack(p);
                    }
                }
            } catch (RuntimeException | Error e) {
                fatal.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    private Pipeline borrow() {
        if (first.threadSafe()) {
            return first;
        }
        Pipeline p = idle.poll();
        if (p != null) {
            return p;
        }
        if (created.incrementAndGet() <= threads) {
            Pipeline fresh = factory.get();
            synchronized (all) {
                all.add(fresh);
            }
            return fresh;
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pipeline", e);
        }
    }

    private void giveBack(Pipeline p) {
        if (p != first || !first.threadSafe()) {
            idle.offer(p);
        }
    }

    /** Nanoseconds spent in each stage, summed over every pipeline of the pool. */
    public Map<String, Long> timings() {
        Map<String, Long> sum = new LinkedHashMap<>();
        synchronized (all) {
            for (Pipeline p : all) {
                p.timings().forEach((k, v) -> sum.merge(k, v, Long::sum));
            }
        }
        return sum;
    }

    /** Waits for every submitted task to finish, then rethrows the first failure of a task, if any. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: documents are still being processed
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void rethrow() {
        Throwable t = fatal.get();
        if (t == null || rethrown) {
            return;
        }
        rethrown = true;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }
}
