package org.caravan.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * The iterator shape of a file reader that advances one step at a time: each {@link #step()} reads a little of the
 * file and {@linkplain #emit emits} zero or more items (documents or errors), until the reader is {@linkplain
 * #finish finished}. {@code hasNext} and {@code next} never throw an I/O error: {@code step} turns those into
 * {@link SourceError}s. Not thread-safe.
 */
abstract class SteppedReader implements ItemReader {

    private final Deque<SourceItem> ready = new ArrayDeque<>();
    private boolean done;

    /** Reads on; emits what it found; calls {@link #finish} at the end of the file or on an error that ends it. */
    protected abstract void step();

    /** Releases the file; called once by {@link #finish} and by {@link #close}. */
    protected abstract void release();

    protected final void emit(SourceItem item) {
        ready.add(item);
    }

    /** No more steps: what was emitted is still returned. */
    protected final void finish() {
        if (!done) {
            done = true;
            release();
        }
    }

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !done) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public final SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    @Override
    public final void close() {
        ready.clear();
        finish();
    }
}
