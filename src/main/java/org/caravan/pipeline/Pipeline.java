package org.caravan.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.caravan.model.Document;
import org.caravan.model.Layer;

/**
 * A sequence of stages, itself a stage. The builder fails at once, naming the stage and the layer,
 * when a stage needs a layer that neither the input nor an earlier stage provides. It keeps the
 * time spent in each stage, for {@code caravan bench}, on its clock (the JVM's {@code System.nanoTime} unless the
 * builder is given another, as tests do to count work rather than time). Thread-safe when all its stages are.
 */
public final class Pipeline implements Stage {

    private final List<Stage> stages;
    private final Set<Layer> provides;
    private final Map<String, AtomicLong> nanos = new LinkedHashMap<>();
    private final LongSupplier clock;

    private Pipeline(List<Stage> stages, Set<Layer> provides, LongSupplier clock) {
        this.stages = List.copyOf(stages);
        this.provides = Collections.unmodifiableSet(provides);
        this.clock = clock;
        for (Stage s : stages) {
            nanos.put(s.name(), new AtomicLong());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Document process(Document document) {
        Document d = document;
        for (Stage s : stages) {
            long t0 = clock.getAsLong();
            d = s.process(d);
            nanos.get(s.name()).addAndGet(clock.getAsLong() - t0);
        }
        return d;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return provides;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public boolean threadSafe() {
        return stages.stream().allMatch(Stage::threadSafe);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Nanoseconds spent so far in each stage, by stage name, in pipeline order. */
    public Map<String, Long> timings() {
        Map<String, Long> m = new LinkedHashMap<>();
        nanos.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** Builds a pipeline, checking layer requirements in order. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final EnumSet<Layer> available = EnumSet.of(Layer.TEXT);
        private LongSupplier clock = System::nanoTime;

        /** The clock of the stage timings, in nanoseconds. */
        public Builder clock(LongSupplier nanos) {
            this.clock = nanos;
            return this;
        }

        public Builder add(Stage stage) {
            for (Layer need : stage.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' needs layer " + need
                            + " that no earlier stage provides");
                }
            }
            for (Stage s : stages) {
                if (s.name().equals(stage.name())) {
                    throw new IllegalStateException("stage '" + stage.name() + "' added twice");
                }
            }
            stages.add(stage);
            available.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            EnumSet<Layer> provided = EnumSet.copyOf(available);
            provided.remove(Layer.TEXT);
            return new Pipeline(stages, provided.isEmpty() ? EnumSet.noneOf(Layer.class) : provided, clock);
        }
    }
}
