package org.caravan.events;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.caravan.model.ActorRef;

/**
 * The target of a violent act (roots 18 to 20) that is a transnational armed group ({@code
 * events/located-groups.tsv}) located by the words that follow it: the country of that place ("an air strike
 * against an Islamic State target southwest of Baghdad" is against IRQ), as GUIDELINES.md codes non-state
 * armed movements to the country they operate in. Immutable; thread-safe.
 */
final class LocatedTargets {

    static final String RESOURCE = "events/located-groups.tsv";
    private static final int WINDOW = 6;

    private final Set<String> groups;

    private LocatedTargets(Set<String> groups) {
        this.groups = groups;
    }

    static LocatedTargets standard() {
        return new LocatedTargets(TsvTable.resource(RESOURCE, 2).rows().stream().map(r -> r.get(0))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The country the target stands in when it is a located armed group of a violent act, else empty. */
    Optional<ActorRef> country(SentenceView v, Candidate target, String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 18 || target.key().filter(groups::contains).isEmpty()) {
            return Optional.empty();
        }
        for (Candidate c : v.candidates()) {
            if (c.first() > target.last() && c.first() - target.last() <= WINDOW && nothingBetween(v, target, c)) {
                Optional<String> k = c.key().filter(x -> x.length() == 3 && !groups.contains(x));
                if (k.isPresent()) {
                    return Optional.of(new ActorRef(k.get(), k.get(), k, k.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** No verb, comma or other actor between the group and the place. */
    private static boolean nothingBetween(SentenceView v, Candidate target, Candidate place) {
        for (int i = target.last() + 1; i < place.first(); i++) {
            if (v.isVerb(i) || v.norm(i).equals(",") || v.inMention(i)) {
                return false;
            }
        }
        return true;
    }
}
