package org.caravan.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.actors.Entry.Kind;
import org.caravan.data.DataFileException;

/**
 * Loads the knowledge-base files, the bundled ones from the class path ({@code /actors/}) then those of a user's
 * folder, into a {@link KnowledgeBase}. Each file kind has a fixed name and header (see {@code docs/actors.md}).
 * A malformed line stops the load with an error naming the file and the line. Not thread-safe; used once.
 */
final class KnowledgeBaseLoader {

    /** File name to its columns, in loading order. */
    /** The detail of an adjective entry that is only the first part of a compound ("russo-", "sino-"). */
    static final String PREFIX = "prefix";
    static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("countries.tsv", new String[] {"code", "alpha2", "en", "fr", "ru", "de", "es"});
        FILES.put("organisations.tsv", new String[] {"key", "name", "aliases"});
        FILES.put("country-aliases.tsv", new String[] {"key", "lang", "aliases"});
        FILES.put("adjectives.tsv", new String[] {"key", "lang", "forms"});
        FILES.put("prefixes.tsv", new String[] {"key", "lang", "forms"});
        FILES.put("movements.tsv", new String[] {"id", "name", "country", "role", "since", "aliases"});
        FILES.put("seats.tsv", new String[] {"key", "role", "aliases"});
        FILES.put("places.tsv", new String[] {"id", "name", "country", "lat", "lon", "capital", "aliases"});
        FILES.put("titles.tsv", new String[] {"lang", "phrase", "office", "key"});
        FILES.put("roles.tsv", new String[] {"lang", "phrase", "role"});
        FILES.put("person-roles.tsv", new String[] {"lang", "phrase", "role", "key"});
        FILES.put("home-roles.tsv", new String[] {"lang", "phrase", "role"});
        FILES.put("function-words.tsv", new String[] {"lang", "word", "function"});
        FILES.put("executives.tsv", new String[] {"key", "office"});
        FILES.put("people.tsv", new String[] {"id", "name", "country", "aliases"});
        FILES.put("offices.tsv", new String[] {"person", "office", "country", "start", "end"});
        FILES.put("number-words.tsv", new String[] {"lang", "number", "words"});
        FILES.put("group-phrases.tsv", new String[] {"lang", "phrase", "refers", "role"});
        FILES.put("memberships.tsv", new String[] {"group", "member", "from", "to", "role"});
        FILES.put("first-names.tsv", new String[] {"lang", "names"});
    }

    /**
     * The target of a role entry that names one person ("envoy", "porte-parole"): a name may follow it. Followed
     * by ":KEY" when the phrase names the country (Kremlsprecher).
     */
    static final String PERSON_ROLE = "person";

    /** The target of a role entry that, without a country, stands for the country the text is about. */
    static final String HOME_ROLE = "home";

    private static final Set<String> LANGS = Set.of("en", "fr", "ru", "de", "es", "*");
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "BUS", "MED", "OPP", "REB", "CVL", "JUD", "LEG",
            "COP", "SPY", "IGO", "NGO", "REL", "EDU", "LAB", "ELI", "");

    private final Map<String, String> names = new HashMap<>();
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> personSource = new HashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> executives = new HashMap<>();
    private final Map<String, List<Movement>> movements = new HashMap<>();
    private final AliasIndex index = new AliasIndex();
    private final FuzzyIndex fuzzy = new FuzzyIndex();
    private final List<String> warnings = new ArrayList<>();
    private final List<Tsv.Row> officeRows = new ArrayList<>();
    private final Map<String, String> keyUses = new LinkedHashMap<>();
    private final List<Memberships.Membership> memberships = new ArrayList<>();
    private final java.util.Set<String> firstNames = new java.util.HashSet<>();
    private final java.util.Set<String> functionWords = new java.util.HashSet<>();
    /** Language to number to its words (number-words.tsv), for the {N} of group phrases. */
    private final Map<String, Map<Integer, List<String>>> numberWords = new HashMap<>();

    private KnowledgeBaseLoader() {
    }

    static KnowledgeBase load(Optional<Path> userDir) {
        KnowledgeBaseLoader l = new KnowledgeBaseLoader();
        for (Map.Entry<String, String[]> f : FILES.entrySet()) {
            l.bundled(f.getKey(), f.getValue());
        }
        userDir.ifPresent(l::user);
        l.resolveOffices();
        l.checkConflicts();
        l.checkKeys();
        return new KnowledgeBase(l.names, l.countries, l.people, l.offices, l.places, l.executives, l.movements, l.index, l.fuzzy, l.warnings,
                new Memberships(l.memberships), new NameWords(l.firstNames, l.functionWords));
    }

    private void bundled(String file, String[] columns) {
        InputStream in = KnowledgeBaseLoader.class.getResourceAsStream("/actors/" + file);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            rows(file, Tsv.read(r, "actors/" + file, columns));
        } catch (IOException e) {
            throw new DataFileException("actors/" + file, e.getMessage(), e);
        }
    }

    private void user(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataFileException(dir.toString(), "not a folder");
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.tsv")) {
            for (Path p : ds) {
                if (!FILES.containsKey(p.getFileName().toString())) {
                    throw new DataFileException(p.toString(), "unknown knowledge-base file; expected one of "
                            + String.join(", ", FILES.keySet()));
                }
            }
        } catch (IOException e) {
            throw new DataFileException(dir.toString(), e.getMessage(), e);
        }
        for (Map.Entry<String, String[]> f : FILES.entrySet()) {
            Path p = dir.resolve(f.getKey());
            if (Files.isRegularFile(p)) {
                try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    rows(f.getKey(), Tsv.read(r, p.toString(), f.getValue()));
                } catch (IOException e) {
                    throw new DataFileException(p.toString(), e.getMessage(), e);
                }
            }
        }
    }

    private void rows(String file, List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            switch (file) {
                case "countries.tsv" -> country(row);
                case "organisations.tsv" -> organisation(row);
                case "country-aliases.tsv" -> aliases(row, Kind.COUNTRY, row.required(0, "key"), "",
                        lang(row, 1), row.get(2));
                case "adjectives.tsv" -> aliases(row, Kind.ADJECTIVE, row.required(0, "key"), "",
                        lang(row, 1), row.get(2));
                case "prefixes.tsv" -> aliases(row, Kind.ADJECTIVE, row.required(0, "key"), PREFIX,
                        lang(row, 1), row.get(2));
                case "movements.tsv" -> movement(row);
                case "seats.tsv" -> aliases(row, Kind.SEAT, row.required(0, "key"), role(row, 1), "*", row.get(2));
                case "places.tsv" -> place(row);
                case "titles.tsv" -> aliases(row, Kind.TITLE, row.get(3), row.required(2, "office"), lang(row, 0),
                        row.required(1, "phrase"));
                case "roles.tsv" -> aliases(row, Kind.ROLE, "", role(row, 2), lang(row, 0), row.required(1, "phrase"));
                case "home-roles.tsv" -> aliases(row, Kind.ROLE, HOME_ROLE, role(row, 2), lang(row, 0),
                        row.required(1, "phrase"));
                case "person-roles.tsv" -> aliases(row, Kind.ROLE, row.get(3).isEmpty() ? PERSON_ROLE
                        : PERSON_ROLE + ":" + row.get(3), role(row, 2), lang(row, 0), row.required(1, "phrase"));
                case "function-words.tsv" -> {
                    aliases(row, Kind.FUNCTION, "", row.required(2, "function"), lang(row, 0), row.required(1, "word"));
                    functionWords.add(String.join(" ", Normalizer.phraseKeys(row.required(1, "word"))));
                }
                case "first-names.tsv" -> {
                    lang(row, 0);
                    Tsv.list(row.required(1, "names")).forEach(n -> firstNames.add(String.join(" ", Normalizer.phraseKeys(n))));
                }
                case "executives.tsv" -> executives.put(row.required(0, "key"), row.required(1, "office"));
                case "people.tsv" -> person(row);
                case "offices.tsv" -> officeRows.add(row);
                case "number-words.tsv" -> numberWord(row);
                case "group-phrases.tsv" -> groupPhrase(row);
                case "memberships.tsv" -> membership(row);
                default -> throw new IllegalStateException(file);
            }
        }
    }

    private static String lang(Tsv.Row row, int i) {
        String l = row.required(i, "lang");
        if (!LANGS.contains(l)) {
            throw row.error("unknown language '" + l + "' (en, fr, ru, de, es or *)");
        }
        return l;
    }

    private static String role(Tsv.Row row, int i) {
        String r = row.get(i);
        if (!ROLES.contains(r)) {
            throw row.error("unknown role '" + r + "' (" + String.join(", ", ROLES) + ")");
        }
        return r;
    }

    private void country(Tsv.Row row) {
        String code = row.required(0, "code");
        countries.add(code);
        names.putIfAbsent(code, Tsv.list(row.required(2, "en")).get(0));
        String[] langs = {"en", "fr", "ru", "de", "es"};
        for (int i = 0; i < langs.length; i++) {
            aliases(row, Kind.COUNTRY, code, "", "*", row.get(2 + i));
        }
    }

    private void organisation(Tsv.Row row) {
        String key = row.required(0, "key");
        String name = row.required(1, "name");
        names.put(key, name);
        boolean properName = Entry.CaseRule.of(name) != Entry.CaseRule.ANY;
        aliases(row, Kind.ORGANISATION, key, "", "*", (properName ? name + "|" : "") + row.get(2));
    }

    private void movement(Tsv.Row row) {
        String id = row.required(0, "id");
        String name = row.required(1, "name");
        String country = row.required(2, "country");
        String role = role(row, 3);
        Optional<LocalDate> since = row.get(4).isEmpty() ? Optional.empty() : Optional.of(date(row, row.get(4), true));
        movements.computeIfAbsent(id, k -> new ArrayList<>()).add(new Movement(id, name, country, role, since));
        names.putIfAbsent(id, name);
        keyUses.putIfAbsent(row.where(), country);
        aliases(row, Kind.MOVEMENT, id, "", "*", name + "|" + row.get(5));
    }

    private void place(Tsv.Row row) {
        String id = row.required(0, "id");
        String name = row.required(1, "name");
        String country = row.required(2, "country");
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(row.required(3, "lat"));
            lon = Double.parseDouble(row.required(4, "lon"));
        } catch (NumberFormatException e) {
            throw row.error("lat and lon must be decimal degrees");
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw row.error("coordinates out of range: " + lat + ", " + lon);
        }
        String cap = row.get(5);
        if (!cap.equals("yes") && !cap.equals("no") && !cap.isEmpty()) {
            throw row.error("capital must be yes or no");
        }
        places.put(id, new Place(id, name, country, lat, lon, cap.equals("yes")));
        keyUses.putIfAbsent(row.where(), country);
        aliases(row, Kind.PLACE, id, "", "*", name + "|" + row.get(6));
    }

    private void person(Tsv.Row row) {
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
        keyUses.putIfAbsent(row.where(), key);
        aliases(row, Kind.PERSON, id, "", "*", String.join("|", aliases));
    }

    private void aliases(Tsv.Row row, Kind kind, String target, String detail, String lang, String cell) {
        if ((kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.SEAT || kind == Kind.TITLE)
                && !target.isEmpty()) {
            keyUses.putIfAbsent(row.where(), target);
        }
        for (String alias : Tsv.list(cell)) {
            Entry e = new Entry(kind, target, detail, lang, alias, row.where());
            index.add(alias, e);
            if ((kind == Kind.PERSON || kind == Kind.PLACE || kind == Kind.COUNTRY || kind == Kind.ORGANISATION
                    || kind == Kind.MOVEMENT)
                    && Entry.CaseRule.of(alias) == Entry.CaseRule.CAPITAL) {
                fuzzy.add(alias, e);
            }
        }
    }

    /** A group phrase: its refers spec ("named 2 country", "members GCC") as target, its members' role as detail. */
    private void groupPhrase(Tsv.Row row) {
        String refers = row.required(2, "refers");
        String phrases = row.required(1, "phrase");
        String lang = lang(row, 0);
        if (phrases.contains(GroupRule.NUMBER) != refers.contains(GroupRule.NUMBER)) {
            throw row.error("{N} must stand in both the phrase and the refers cell, or in neither");
        }
        if (!phrases.contains(GroupRule.NUMBER)) {
            groupAliases(row, refers, lang, phrases);
            return;
        }
        Map<Integer, List<String>> numbers = numberWords.getOrDefault(lang, Map.of());
        if (numbers.isEmpty()) {
            throw row.error("{N} but no number words for language '" + lang + "' (number-words.tsv)");
        }
        for (Map.Entry<Integer, List<String>> n : numbers.entrySet()) {
            List<String> expanded = new ArrayList<>();
            for (String alias : Tsv.list(phrases)) {
                for (String word : n.getValue()) {
                    expanded.add(alias.replace(GroupRule.NUMBER, word));
                }
                expanded.add(alias.replace(GroupRule.NUMBER, String.valueOf(n.getKey())));
            }
            groupAliases(row, refers.replace(GroupRule.NUMBER, String.valueOf(n.getKey())), lang,
                    String.join("|", expanded));
        }
    }

    private void groupAliases(Tsv.Row row, String refers, String lang, String phrases) {
        if (!GroupRule.validSpec(refers)) {
            throw row.error("bad refers '" + refers + "' (named N|{N}|+ country|person|any, members GROUP, members last)");
        }
        aliases(row, Kind.GROUP, refers, role(row, 3), lang, phrases);
    }

    /** Number words (number-words.tsv): the forms of one number from 2 to 9 in one language. */
    private void numberWord(Tsv.Row row) {
        String lang = lang(row, 0);
        String cell = row.required(1, "number");
        if (!cell.matches("[2-9]")) {
            throw row.error("bad number '" + cell + "' (2 to 9)");
        }
        numberWords.computeIfAbsent(lang, k -> new java.util.TreeMap<>())
                .computeIfAbsent(Integer.parseInt(cell), k -> new ArrayList<>()).addAll(Tsv.list(row.required(2, "words")));
    }

    private void membership(Tsv.Row row) {
        String group = row.required(0, "group");
        String member = row.required(1, "member");
        String role = row.get(4);
        if (!role.isEmpty() && !role.equals("member") && !role.equals("hub")) {
            throw row.error("unknown role '" + role + "' (member or hub)");
        }
        Optional<LocalDate> from = row.get(2).isEmpty() ? Optional.empty() : Optional.of(date(row, row.get(2), true));
        Optional<LocalDate> to = row.get(3).isEmpty() ? Optional.empty() : Optional.of(date(row, row.get(3), false));
        keyUses.putIfAbsent(row.where(), member);
        memberships.add(new Memberships.Membership(group, member, from, to, role.equals("hub")));
    }

    private void resolveOffices() {
        for (Tsv.Row row : officeRows) {
            String person = row.required(0, "person");
            if (!people.containsKey(person)) {
                throw row.error("unknown person '" + person + "' (not in any people.tsv)");
            }
            LocalDate start = date(row, row.required(3, "start"), true);
            Optional<LocalDate> end = row.get(4).isEmpty() ? Optional.empty() : Optional.of(date(row, row.get(4), false));
            if (end.isPresent() && end.get().isBefore(start)) {
                throw row.error("end " + end.get() + " before start " + start);
            }
            offices.add(new Office(person, row.required(1, "office"), row.required(2, "country"), start, end));
            keyUses.putIfAbsent(row.where(), row.required(2, "country"));
        }
    }

    private static LocalDate date(Tsv.Row row, String s, boolean start) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw row.error("bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    /** Reports rows that name a key no countries.tsv or organisations.tsv row defines. */
    private void checkKeys() {
        keyUses.forEach((where, key) -> {
            if (!names.containsKey(key)) {
                warnings.add(where + ": unknown key '" + key + "' (not in countries.tsv or organisations.tsv)");
            }
        });
    }

    /** Reports aliases that two people claim while both hold office (or when either holds none). */
    private void checkConflicts() {
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
        warnings.sort(null);
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
