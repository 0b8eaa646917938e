package org.caravan.explore;

import java.util.Objects;
import java.util.Optional;

/**
 * An event's actor as stored.
 *
 * @param id   knowledge-base id ("xi_jinping", "RUS"); the name when the event carries none
 * @param key  country code or organisation acronym, when known
 * @param code CAMEO-style actor code (CHNGOV, UNK)
 */
public record Actor(String id, String name, Optional<String> key, String code) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Whether a filter value names this actor: its id, its key (all of a country's actors), its CAMEO code (KAZGOV:
     * the government only) or its name.
     */
    public boolean matches(String value) {
        return id.equalsIgnoreCase(value) || name.equalsIgnoreCase(value) || code.equalsIgnoreCase(value)
                || key.map(k -> k.equalsIgnoreCase(value)).orElse(false);
    }
}
