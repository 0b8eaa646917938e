package org.caravan.cli;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.caravan.model.Layer;

/**
 * What the standard pipeline is built for: the layers the caller needs. Stages that add none of them (and that no
 * later needed stage requires) may be left out. Immutable.
 */
public record PipelineConfig(Set<Layer> layers) {

    public PipelineConfig {
        Objects.requireNonNull(layers, "layers");
        layers = Set.copyOf(layers);
    }

    /** Every layer: the full pipeline, as {@code analyze} and {@code bench} run it. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(EnumSet.allOf(Layer.class));
    }

    public boolean wants(Layer layer) {
        return layers.contains(layer);
    }
}
