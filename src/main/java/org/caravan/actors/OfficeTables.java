package org.caravan.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * The loader's part for people (people.tsv) and the offices they held (offices.tsv): offices are read once every
 * person is known, and aliases that two people claim while both hold office are reported. Not thread-safe; one per
 * load.
 */
final class OfficeTables {

    private final KnowledgeBaseLoader loader;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> personSource = new HashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final List<Tsv.Row> officeRows = new ArrayList<>();

    OfficeTables(KnowledgeBaseLoader loader) {
        this.loader = loader;
    }

    Map<String, Person> people() {
        return people;
    }

    List<Office> offices() {
        return offices;
    }

    void person(Tsv.Row row) {
        String id = row.required(0, "id");
        String name = row.required(1, "name");
        String key = row.required(2, "country");
        List<String> aliases = new ArrayList<>(Tsv.list(row.get(3)));
        aliases.add(0, name);
        Person previous = people.get(id);
        if (previous != null) {
            aliases.addAll(0, previous.aliases());
        }
        people.put(id, new Person(id, name, key, aliases.stream().distinct().toList()));
        personSource.putIfAbsent(id, row.where());
        loader.keyUse(row, key);
        loader.aliases(row, Kind.PERSON, id, "", "*", String.join("|", aliases));
    }

    void office(Tsv.Row row) {
        officeRows.add(row);
    }

    /** Reads the office rows, once every people.tsv is loaded. */
    void resolve() {
        for (Tsv.Row row : officeRows) {
            String person = row.required(0, "person");
            if (!people.containsKey(person)) {
                throw row.error("unknown person '" + person + "' (not in any people.tsv)");
            }
            LocalDate start = KnowledgeBaseLoader.date(row, row.required(3, "start"), true);
            Optional<LocalDate> end = row.get(4).isEmpty() ? Optional.empty()
                    : Optional.of(KnowledgeBaseLoader.date(row, row.get(4), false));
            if (end.isPresent() && end.get().isBefore(start)) {
                throw row.error("end " + end.get() + " before start " + start);
            }
            offices.add(new Office(person, row.required(1, "office"), row.required(2, "country"), start, end));
            loader.keyUse(row, row.required(2, "country"));
        }
    }

    /** Reports aliases that two people claim while both hold office (or when either holds none). */
    void checkConflicts(List<String> warnings) {
        Map<String, List<Entry>> byAlias = new HashMap<>();
        for (Person p : people.values()) {
            for (String a : p.aliases()) {
                String k = String.join(" ", Normalizer.phraseKeys(a));
                List<Entry> l = byAlias.computeIfAbsent(k, x -> new ArrayList<>());
                if (l.stream().noneMatch(e -> e.target().equals(p.id()))) {
                    l.add(new Entry(Kind.PERSON, p.id(), "", "*", a, personSource.get(p.id())));
                }
            }
        }
        Map<String, List<Office>> byPerson = new HashMap<>();
        offices.forEach(o -> byPerson.computeIfAbsent(o.person(), k -> new ArrayList<>()).add(o));
        byAlias.forEach((alias, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    Entry a = entries.get(i);
                    Entry b = entries.get(j);
                    if (overlap(byPerson.getOrDefault(a.target(), List.of()), byPerson.getOrDefault(b.target(), List.of()))) {
                        warnings.add("alias '" + a.alias() + "' claimed by " + a.target() + " (" + a.source() + ") and "
                                + b.target() + " (" + b.source() + ") at the same date");
                    }
                }
            }
        });
    }

    private static boolean overlap(List<Office> a, List<Office> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (Office x : a) {
            for (Office y : b) {
                if (x.overlaps(y.start(), y.end())) {
                    return true;
                }
            }
        }
        return false;
    }
}
