package org.caravan.actors;

import java.util.List;
import java.util.Objects;

/**
 * A person of the knowledge base.
 *
 * @param key     ISO alpha-3 code of the person's country, or an organisation's acronym for its officials
 * @param aliases spellings in every language, transliterations, surname-only forms
 */
public record Person(String id, String name, String key, List<String> aliases) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        aliases = List.copyOf(aliases);
    }
}
