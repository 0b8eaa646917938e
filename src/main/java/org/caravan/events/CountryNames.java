package org.caravan.events;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caravan.model.ActorRef;

/**
 * The English names of the countries ({@code actors/countries.tsv}, the CLDR names the knowledge base uses), for
 * the actors the event stage makes from a place or a located target: such an actor is named "Kazakhstan", not by
 * its code "KAZ". Immutable; thread-safe.
 */
final class CountryNames {

    static final String RESOURCE = "actors/countries.tsv";
    private static final CountryNames BUNDLED = new CountryNames(TsvTable.resource(RESOURCE, 3).rows().stream()
            .filter(r -> !r.get(0).isEmpty() && !r.get(2).isEmpty())
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.get(2), (a, b) -> a)));

    private final Map<String, String> names;

    CountryNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    static CountryNames bundled() {
        return BUNDLED;
    }

    /** The country of that code as an actor (id, key and code the code; the name its English name if known). */
    ActorRef actor(String code) {
        return new ActorRef(code, name(code).orElse(code), Optional.of(code), code);
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }
}
