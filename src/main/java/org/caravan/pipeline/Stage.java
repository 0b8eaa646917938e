package org.caravan.pipeline;

import java.util.Set;
import org.caravan.model.Document;
import org.caravan.model.Layer;

/**
 * One step of the pipeline: a document in, a document with more layers out.
 * A stage declares the layers it needs and those it adds, so that a {@link Pipeline} can check
 * at build time that every need is met. Implementations state their thread-safety in their javadoc.
 */
@FunctionalInterface
public interface Stage {

    Document process(Document document);

    /** Layers this stage reads. */
    default Set<Layer> requires() {
        return Set.of();
    }

    /** Layers this stage adds. */
    default Set<Layer> provides() {
        return Set.of();
    }

    /** A short name for reports ("nlp", "actors"...). */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Whether one instance may serve several threads at once. */
    default boolean threadSafe() {
        return false;
    }
}
