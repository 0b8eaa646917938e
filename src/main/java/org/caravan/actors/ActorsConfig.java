package org.caravan.actors;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of the actors feature: a folder of the user's own knowledge-base files, added to the bundled
 * ones. Immutable.
 *
 * @param userDir the folder, when there is one
 */
public record ActorsConfig(Optional<Path> userDir) {

    /** The environment variable naming the user's folder. */
    public static final String ENV = "CARAVAN_KB";

    public ActorsConfig {
        Objects.requireNonNull(userDir, "userDir");
    }

    public static ActorsConfig defaults() {
        return new ActorsConfig(Optional.empty());
    }

    /** The user's folder from {@value #ENV} when set and not blank. */
    public static ActorsConfig fromEnvironment(Map<String, String> env) {
        return new ActorsConfig(Optional.ofNullable(env.get(ENV)).filter(s -> !s.isBlank()).map(Path::of));
    }

    /** The flag wins over the environment. */
    public ActorsConfig orElse(ActorsConfig other) {
        return userDir.isPresent() ? this : other;
    }

    /** The knowledge base for this configuration: the shared bundled one when no user folder is given. */
    public KnowledgeBase knowledgeBase() {
        return userDir.isPresent() ? KnowledgeBase.load(userDir) : KnowledgeBase.bundled();
    }
}
