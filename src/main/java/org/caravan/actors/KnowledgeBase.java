package org.caravan.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor knowledge base: countries, organisations and groups, people and the offices they held, seats of
 * power, places, and the words (titles, roles, adjectives, function words) that point to them, all indexed by
 * alias. Immutable once loaded and thread-safe; load it once per process with {@link #bundled()} or
 * {@link #load(Optional)} and share it.
 */
public final class KnowledgeBase {

    private final Map<String, String> names;
    private final java.util.Set<String> countries;
    private final Map<String, Person> people;
    private final Map<String, List<Office>> officesByPerson;
    private final Map<String, List<Office>> officesBySeat;
    private final Map<String, Place> places;
    private final Map<String, String> executives;
    private final Map<String, List<Movement>> movements;
    private final AliasIndex index;
    private final FuzzyIndex fuzzy;
    private final List<String> warnings;
    private final Memberships memberships;
    private final NameWords nameWords;
    private final LocalDate currentAsOf;

    KnowledgeBase(Map<String, String> names, java.util.Set<String> countries, Map<String, Person> people, List<Office> offices,
                  Map<String, Place> places, Map<String, String> executives, Map<String, List<Movement>> movements, AliasIndex index, FuzzyIndex fuzzy,
                  List<String> warnings, Memberships memberships, NameWords nameWords) {
        this.memberships = memberships;
        this.nameWords = nameWords;
        this.names = Map.copyOf(names);
        this.countries = java.util.Set.copyOf(countries);
        this.people = Map.copyOf(people);
        Map<String, List<Office>> byPerson = new HashMap<>();
        Map<String, List<Office>> bySeat = new HashMap<>();
        for (Office o : offices) {
            byPerson.computeIfAbsent(o.person(), k -> new ArrayList<>()).add(o);
            bySeat.computeIfAbsent(o.office() + "/" + o.key(), k -> new ArrayList<>()).add(o);
        }
        this.officesByPerson = copy(byPerson);
        this.officesBySeat = copy(bySeat);
        this.places = Map.copyOf(places);
        this.executives = Map.copyOf(executives);
        Map<String, List<Movement>> ms = new HashMap<>();
        movements.forEach((k, v) -> ms.put(k, v.stream().sorted(Comparator.comparing(
                (Movement m) -> m.since().orElse(LocalDate.MIN))).toList()));
        this.movements = Map.copyOf(ms);
        this.index = index;
        this.fuzzy = fuzzy;
        this.warnings = List.copyOf(warnings);
        this.currentAsOf = offices.stream().flatMap(o -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(o.start()), o.end().stream()))
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
    }

    /**
     * The date the knowledge base is current as of: the latest start or end of a term it holds. An undated
     * document resolves titles on this date (today's office-holders as far as the data knows), so the output does
     * not depend on the day of the run.
     */
    public LocalDate currentAsOf() {
        return currentAsOf;
    }

    private static Map<String, List<Office>> copy(Map<String, List<Office>> m) {
        Map<String, List<Office>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** The bundled knowledge base, loaded on first use. */
    public static KnowledgeBase bundled() {
        return Bundled.INSTANCE;
    }

    /** The bundled files plus those of a user's folder, when given. */
    public static KnowledgeBase load(Optional<Path> userDir) {
        return KnowledgeBaseLoader.load(userDir);
    }

    private static final class Bundled {
        static final KnowledgeBase INSTANCE = KnowledgeBaseLoader.load(Optional.empty());
    }

    /** The canonical (English) name of a country, organisation or group key. */
    public Optional<String> name(String key) {
        return Optional.ofNullable(names.get(key));
    }

    /**
     * The key an actor's events carry: for an organ or agency of an organisation (organisation-parts.tsv: UNSC,
     * WHO), the organisation's (UN); else the key itself.
     */
    public String eventKey(String key) {
        return memberships.eventKey(key);
    }

    /** Whether the key is a country's ISO alpha-3 code (rather than an organisation or a group). */
    public boolean isCountry(String key) {
        return countries.contains(key);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** The movement as it was on that date: its latest role that had begun by then (else its first). */
    public Optional<Movement> movement(String id, LocalDate date) {
        List<Movement> rows = movements.getOrDefault(id, List.of());
        Movement found = rows.isEmpty() ? null : rows.get(0);
        for (Movement m : rows) {
            if (m.since().map(s -> !s.isAfter(date)).orElse(true)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public int personCount() {
        return people.size();
    }

    public int placeCount() {
        return places.size();
    }

    public int keyCount() {
        return names.size();
    }

    public int aliasCount() {
        return index.size();
    }

    /** Problems found while loading that did not stop it, such as one alias claimed by two people at once. */
    /** The members of an organisation or format on that date (memberships.tsv), its hub first. */
    List<String> members(String group, LocalDate date) {
        return memberships.on(group, date);
    }

    /** Whether the membership data lists that organisation or format. */
    boolean hasMembers(String group) {
        return memberships.has(group);
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<Office> offices(String personId) {
        return officesByPerson.getOrDefault(personId, List.of());
    }

    /** Who held the office for that country or organisation on that date; the latest term when several. */
    public Optional<Office> holder(String office, String key, LocalDate date) {
        return officesBySeat.getOrDefault(office + "/" + key, List.of()).stream()
                .filter(o -> o.heldOn(date))
                .max(Comparator.comparing(Office::start));
    }

    /** The office a person held on a date, the highest-ranking first (head of state before foreign minister). */
    public Optional<Office> officeOn(String personId, LocalDate date) {
        return offices(personId).stream().filter(o -> o.heldOn(date))
                .min(Comparator.comparingInt(o -> rank(o.office())));
    }

    /** Whether the person held any office within the year around the date (or ever, when none is dated). */
    boolean activeAround(String personId, LocalDate date) {
        return offices(personId).stream().anyMatch(o -> o.overlaps(date.minusYears(1), Optional.of(date.plusYears(1))));
    }

    /** The office a "leader" of this country holds: the chief executive, head of state unless the data says. */
    public String executive(String key) {
        return executives.getOrDefault(key, "head_of_state");
    }

    private static int rank(String office) {
        return switch (office) {
            case "leader" -> 0;
            case "head_of_state", "pope", "secretary_general" -> 1;
            case "head_of_government", "president_of_commission", "president_of_council" -> 2;
            case "foreign_minister" -> 3;
            case "defence_minister" -> 4;
            default -> 5;
        };
    }

    AliasIndex index() {
        return index;
    }

    /** The common first names and the function words of every language (what a fuzzy match may not take). */
    NameWords nameWords() {
        return nameWords;
    }

    FuzzyIndex fuzzy() {
        return fuzzy;
    }
}
