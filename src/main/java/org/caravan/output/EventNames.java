package org.caravan.output;

import java.util.Optional;

/**
 * Looks up the name of a CAMEO code ("042" → "Make a visit") for the timeline. The events feature's codebook
 * provides the real one; {@link #none()} leaves the code itself in the timeline.
 */
@FunctionalInterface
public interface EventNames {

    Optional<String> name(String cameo);

    /** No names known: the timeline shows codes. */
    static EventNames none() {
        return cameo -> Optional.empty();
    }
}
