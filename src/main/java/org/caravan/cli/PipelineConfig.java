package org.caravan.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caravan.actors.ActorsConfig;

/**
 * What the standard pipeline is built with, beyond the bundled knowledge: the user's knowledge-base folder (the
 * {@code --kb} flag, else {@value ActorsConfig#ENV}). User trigger lexicons are found by the events feature itself
 * ({@link org.caravan.events.UserLexicons}). Immutable.
 */
public record PipelineConfig(ActorsConfig actors) {

    public PipelineConfig {
        Objects.requireNonNull(actors, "actors");
    }

    /** Only the bundled knowledge base. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(ActorsConfig.defaults());
    }

    /** The user's folder from the environment ({@value ActorsConfig#ENV}), if set. */
    public static PipelineConfig fromEnvironment(Map<String, String> env) {
        return new PipelineConfig(ActorsConfig.fromEnvironment(env));
    }

    /** With the folder of a {@code --kb} flag when given (the flag wins over the environment). */
    public PipelineConfig withKnowledgeBase(Optional<Path> userDir) {
        return new PipelineConfig(new ActorsConfig(userDir).orElse(actors));
    }
}
