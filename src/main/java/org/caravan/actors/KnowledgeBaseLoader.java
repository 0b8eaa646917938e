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
        FILES.put("organisation-parts.tsv", new String[] {"part", "of"});
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
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> executives = new HashMap<>();
    private final Map<String, List<Movement>> movements = new HashMap<>();
    private final AliasIndex index = new AliasIndex();
    private final FuzzyIndex fuzzy = new FuzzyIndex();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> keyUses = new LinkedHashMap<>();
    private final java.util.Set<String> firstNames = new java.util.HashSet<>();
    private final java.util.Set<String> functionWords = new java.util.HashSet<>();
    private final GroupTables groups = new GroupTables(this);
    private final OfficeTables officeTables = new OfficeTables(this);

    private KnowledgeBaseLoader() {
    }

    static KnowledgeBase load(Optional<Path> userDir) {
        KnowledgeBaseLoader l = new KnowledgeBaseLoader();
        for (Map.Entry<String, String[]> f : FILES.entrySet()) {
            l.bundled(f.getKey(), f.getValue());
        }
        userDir.ifPresent(l::user);
        l.officeTables.resolve();
        l.officeTables.checkConflicts(l.warnings);
        l.warnings.sort(null);
        l.checkKeys();
        return new KnowledgeBase(l.names, l.countries, l.officeTables.people(), l.officeTables.offices(), l.places,
                l.executives, l.movements, l.index, l.fuzzy, l.warnings, l.groups.memberships(),
                new NameWords(l.firstNames, l.functionWords));
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
                case "people.tsv" -> officeTables.person(row);
                case "offices.tsv" -> officeTables.office(row);
                case "number-words.tsv" -> groups.numberWord(row);
                case "group-phrases.tsv" -> groups.groupPhrase(row);
                case "memberships.tsv" -> groups.membership(row);
                case "organisation-parts.tsv" -> groups.part(row);
                default -> throw new IllegalStateException(file);
            }
        }
    }

    static String lang(Tsv.Row row, int i) {
        String l = row.required(i, "lang");
        if (!LANGS.contains(l)) {
            throw row.error("unknown language '" + l + "' (en, fr, ru, de, es or *)");
        }
        return l;
    }

    static String role(Tsv.Row row, int i) {
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
        if (countries.contains(id) || (names.containsKey(id) && !movements.containsKey(id))) {
            throw row.error("movement id '" + id + "' is already the key of a country or organisation");
        }
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

    void aliases(Tsv.Row row, Kind kind, String target, String detail, String lang, String cell) {
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

    static LocalDate date(Tsv.Row row, String s, boolean start) {
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

    /** Records that the row at {@code where} names that key (checked once everything is loaded). */
    void keyUse(String where, String key) {
        keyUses.putIfAbsent(where, key);
    }

    void keyUse(Tsv.Row row, String key) {
        keyUse(row.where(), key);
    }

    /** Reports rows that name a key no countries.tsv or organisations.tsv row defines. */
    private void checkKeys() {
        keyUses.forEach((where, key) -> {
            if (!names.containsKey(key)) {
                warnings.add(where + ": unknown key '" + key + "' (not in countries.tsv or organisations.tsv)");
            }
        });
    }
}
