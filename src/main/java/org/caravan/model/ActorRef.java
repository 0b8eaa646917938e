package org.caravan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor as events carry it.
 *
 * @param id   the knowledge-base id (a person's or an organisation's id, or a country code)
 * @param name canonical name
 * @param key  ISO 3166-1 alpha-3 code of the actor's country, an organisation's acronym, WST, or empty
 * @param code CAMEO-style code: country plus role (KAZGOV, RUSMIL) or organisation (SCO)
 */
public record ActorRef(String id, String name, Optional<String> key, String code) {

    public ActorRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
    }

    /** The unknown actor (UNK). */
    public static ActorRef unknown() {
        return new ActorRef("UNK", "unknown", Optional.empty(), "UNK");
    }
}
