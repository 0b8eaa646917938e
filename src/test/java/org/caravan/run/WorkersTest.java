package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.junit.jupiter.api.Test;

class WorkersTest {

    private static Document doc(int i) {
        return Document.of("d" + i, Metadata.of("test"), "text " + i);
    }

    @Test
    void eachPipelineThatIsNotThreadSafeServesOneTaskAtATime() {
        List<TestStages.Exclusive> stages = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        CountDownLatch threeAtOnce = new CountDownLatch(3);
        try (Workers w = new Workers(3, () -> {
            TestStages.Exclusive s = new TestStages.Exclusive(threeAtOnce);
            stages.add(s);
            return TestStages.pipeline(s);
        })) {
            for (int i = 0; i < 60; i++) {
                int n = i;
                w.submit(p -> {
                    p.process(doc(n));
                    done.incrementAndGet();
                });
            }
        }
        assertThat(done.get()).isEqualTo(60);
        assertThat(threeAtOnce.getCount()).as("three tasks were inside at once").isZero();
        assertThat(stages).hasSize(3);
        assertThat(stages).allSatisfy(s -> assertThat(s.overlaps.get()).isZero());
    }

    @Test
    void submitBlocksOnceTwiceTheThreadsAreWaitingSoMemoryStaysBounded() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        Thread producer = new Thread(() -> {
            try (Workers w = new Workers(2, () -> TestStages.pipeline())) {
                for (int i = 0; i < 50; i++) {
                    w.submit(p -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    accepted.incrementAndGet();
                }
            }
        });
        producer.start();
        // the producer parks in submit once four tasks hold every slot (no task ends before the latch opens)
        while (producer.getState() != Thread.State.WAITING) {
            assertThat(producer.isAlive()).isTrue();
            Thread.onSpinWait();
        }
        assertThat(accepted.get()).isEqualTo(4);
        release.countDown();
        producer.join(10_000);
        assertThat(accepted.get()).isEqualTo(50);
    }

    @Test
    void timingsSumEveryPipeline() {
        try (Workers w = new Workers(2, () -> TestStages.ticking(1_000, new TestStages.Exclusive()))) {
            for (int i = 0; i < 10; i++) {
                int n = i;
                w.submit(p -> p.process(doc(n)));
            }
            w.close();
            assertThat(w.timings()).containsOnlyKeys("exclusive");
            assertThat(w.timings().get("exclusive")).as("one tick a call, whichever pipeline ran it")
                    .isEqualTo(10 * 1_000L);
        }
    }

    @Test
    void aTaskThatThrowsStopsTheRunWithItsException() {
        assertThatThrownBy(() -> {
            try (Workers w = new Workers(2, () -> TestStages.pipeline())) {
                for (int i = 0; i < 100; i++) {
                    w.submit(p -> {
                        throw new IllegalStateException("database gone");
                    });
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
    }

    @Test
    void zeroThreadsIsRefused() {
        assertThatThrownBy(() -> new Workers(0, () -> TestStages.pipeline()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
