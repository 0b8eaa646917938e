package org.caravan.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.Grammar.Kind;

/**
 * The target of a trigger whose object or prepositional target is a noun of people, bodies or sites that no actor
 * fills, located by a place: the country of that place ("blamed the attack on militants based in Pakistan",
 * "sanctions against the authorities in Niger", "frappes contre des positions en Syrie"). GUIDELINES.md codes a
 * state's people and bodies to the state and non-state armed movements to the country they operate in. The nouns
 * and the locating words are data ({@code events/located-nouns.tsv}). Immutable; thread-safe.
 */
final class LocatedObjects {

    static final String RESOURCE = "events/located-nouns.tsv";
    /** How many tokens after the trigger the located country may stand. */
    private static final int REACH = 10;

    private final Map<String, Set<String>> nouns;
    private final Map<String, Set<String>> links;
    private final Grammar g;

    private LocatedObjects(Map<String, Set<String>> nouns, Map<String, Set<String>> links, Grammar g) {
        this.nouns = nouns;
        this.links = links;
        this.g = g;
    }

    static LocatedObjects standard(Grammar g) {
        Map<String, Set<String>> nouns = new HashMap<>();
        Map<String, Set<String>> links = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(RESOURCE, 3).rows()) {
            Map<String, Set<String>> into = switch (r.get(1)) {
                case "noun" -> nouns;
                case "link" -> links;
                default -> throw r.error("kind must be noun or link: " + r.get(1));
            };
            Set<String> words = into.computeIfAbsent(r.get(0), k -> new HashSet<>());
            for (String w : r.get(2).split(",")) {
                if (!w.isBlank()) {
                    words.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new LocatedObjects(Map.copyOf(nouns), Map.copyOf(links), g);
    }

    /**
     * The country that locates the noun filling one of the object or prepositional target slots, when that
     * country is not the source's; else empty. The noun and the country stand in the trigger's clause with no
     * verb, comma or other actor between them (a locating participle such as "based" excepted).
     */
    Optional<Candidate> target(SentenceView v, TriggerMatch m, List<Slot> slots, Optional<Candidate> source, int end) {
        for (Slot slot : slots) {
            if (slot.kind() == Slot.Kind.OBJ || slot.kind() == Slot.Kind.PP) {
                Optional<Candidate> c = inSlot(v, m, slot, Math.min(end, m.last() + REACH))
                        .filter(x -> source.isEmpty() || !x.key().equals(source.get().key()))
                        .filter(x -> x.isCountry() || !meeting(m));
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> inSlot(SentenceView v, TriggerMatch m, Slot slot, int end) {
        Set<String> ns = nouns.getOrDefault(v.lang(), Set.of());
        Set<String> ls = links.getOrDefault(v.lang(), Set.of());
        boolean pp = slot.kind() == Slot.Kind.PP;
        boolean prepSeen = !pp || slot.prepositions().contains(v.norm(m.last()));
        boolean noun = false;
        boolean link = false;
        for (int i = m.last() + 1; i <= end && i < v.size(); i++) {
            if (v.inMention(i)) {
                return noun && link ? country(v, i) : Optional.empty();
            }
            String w = v.norm(i);
            boolean isLink = ls.contains(w);
            if (w.equals(",") || v.is(g, Kind.CLAUSE_BREAK, i) || v.isVerb(i) && !isLink) {
                return Optional.empty();
            }
            if (!noun && !prepSeen) {
                if (slot.prepositions().contains(w)) {
                    prepSeen = true;
                } else if (v.is(g, Kind.PREP, i)) {
                    return Optional.empty();
                }
                continue;
            }
            if (!noun && v.is(g, Kind.PREP, i) && !slot.prepositions().contains(w)) {
                return Optional.empty(); // the slot's noun phrase ends at another preposition
            }
            noun |= ns.contains(w) || ns.contains(v.lemma(i).toLowerCase(Locale.ROOT));
            link |= noun && isLink;
        }
        return Optional.empty();
    }

    /** A meeting (root 04) takes place in a city: "met officials in Paris" names the venue, not the counterpart. */
    private static boolean meeting(TriggerMatch m) {
        return m.entry().code().startsWith("04");
    }

    /** The candidate that starts at token i when it is a country, or a place with its country. */
    private static Optional<Candidate> country(SentenceView v, int i) {
        return v.candidates().stream().filter(c -> c.first() <= i && i <= c.last()).findFirst()
                .filter(c -> c.isCountry() || c.actor().isEmpty() && c.place().isPresent())
                .filter(c -> c.key().filter(k -> k.length() == 3).isPresent());
    }
}
