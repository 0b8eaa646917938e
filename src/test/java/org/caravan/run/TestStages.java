package org.caravan.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.Layer;
import org.caravan.model.Span;
import org.caravan.pipeline.Pipeline;
import org.caravan.pipeline.Stage;

/**
 * Stages for the run tests: one that codes two events per document, one that throws on "BOOM", one that forces
 * overlap, one that holds a document back.
 */
final class TestStages {

    private TestStages() {
    }

    /** Codes two events per document; optionally waits and reports each document on a stream. Not thread-safe. */
    static final class TwoEvents implements Stage {
        private final long delayMs;
        private final Optional<PrintStream> report;

        TwoEvents(long delayMs, Optional<PrintStream> report) {
            this.delayMs = delayMs;
            this.report = report;
        }

        @Override
        public Document process(Document d) {
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<Event> events = new ArrayList<>();
            int end = Math.min(2, d.text().length());
            for (int i = 0; i < 2; i++) {
                events.add(new Event(d.id() + "-" + i, "042", "04", 1, 1.9, Optional.empty(), ActorRef.unknown(),
                        ActorRef.unknown(), Optional.empty(), List.of(new EventMention(d.id(), 0, new Span(0, end))),
                        0.5));
            }
            report.ifPresent(r -> {
                r.println("processed " + d.id());
                r.flush();
            });
            return d.withEvents(events);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.EVENTS);
        }

        @Override
        public String name() {
            return "two-events";
        }
    }

    /** Throws on any document whose text holds the trigger ("BOOM" by default). Thread-safe. */
    static final class Explode implements Stage {
        private final String trigger;

        Explode() {
            this("BOOM");
        }

        Explode(String trigger) {
            this.trigger = trigger;
        }

        @Override
        public Document process(Document d) {
            if (d.text().contains(trigger)) {
                throw new IllegalStateException("exploded on purpose");
            }
            return d;
        }

        @Override
        public String name() {
            return "explode";
        }

        @Override
        public boolean threadSafe() {
            return true;
        }
    }

    /**
     * Counts it when two threads use one instance at once. Its first calls wait, at the shared gate, until as many
     * calls as the gate counts are inside some instance together, so that the run cannot pass by running its tasks
     * one after another: overlap is forced, not left to timing. Not thread-safe, as it says.
     */
    static final class Exclusive implements Stage {
        private final AtomicInteger inside = new AtomicInteger();
        private final CountDownLatch gate;
        final AtomicInteger overlaps = new AtomicInteger();

        /** With no gate: the calls run through. */
        Exclusive() {
            this(new CountDownLatch(0));
        }

        Exclusive(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public Document process(Document d) {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            gate.countDown();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other workers never came in: tasks ran one at a time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return d;
        }

        @Override
        public String name() {
            return "exclusive";
        }
    }

    /**
     * Holds one document until a latch opens (30 s at most, then throws), lets every other one through at once:
     * with a latch that opens when the others are done, the held document finishes last whatever the scheduling.
     * Thread-safe.
     */
    static final class Hold implements Stage {
        private final String docId;
        private final CountDownLatch release;

        Hold(String docId, CountDownLatch release) {
            this.docId = docId;
            this.release = release;
        }

        @Override
        public Document process(Document d) {
            if (!d.id().equals(docId)) {
                return d;
            }
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the latch holding " + docId + " never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return d;
        }

        @Override
        public String name() {
            return "hold";
        }

        @Override
        public boolean threadSafe() {
            return true;
        }
    }

    static Pipeline pipeline(Stage... stages) {
        return pipeline(Pipeline.builder(), stages);
    }

    /** A pipeline whose clock moves on by {@code tick} nanoseconds at every reading: each stage call takes one tick. */
    static Pipeline ticking(long tick, Stage... stages) {
        AtomicLong now = new AtomicLong();
        return pipeline(Pipeline.builder().clock(() -> now.addAndGet(tick)), stages);
    }

    private static Pipeline pipeline(Pipeline.Builder b, Stage... stages) {
        for (Stage s : stages) {
            b.add(s);
        }
        return b.build();
    }
}
