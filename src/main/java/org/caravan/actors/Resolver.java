package org.caravan.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.model.Span;

/**
 * Resolves the lexemes of one document to mentions: titles and roles with the country next to them (an
 * adjective, "of X", "X's", a * slot), office-holders at the document's date, appositions ("le président
 * Tokaïev"), capitals as their state unless after a locative preposition, pronouns and bare titles to the last
 * compatible person. One per document; not thread-safe.
 */
final class Resolver {

    private final KnowledgeBase kb;
    private final String text;
    private final LocalDate date;
    private final String dateNote;
    private final List<Words.Word> words;
    private final List<Lexeme> lex;
    private final boolean[] used;
    private final Surroundings around;
    private final List<Mention> out = new ArrayList<>();
    private final Salience salience = new Salience();
    private final String lang;
    /** People the document introduced with a title or role (not in the knowledge base), by id. */
    private final java.util.Map<String, ActorRef> introduced = new java.util.HashMap<>();
    /** Their names and surnames (word keys joined by spaces) to their ids, for later mentions. */
    private final java.util.Map<String, String> introducedNames = new java.util.HashMap<>();
    /** Words taken by an introduced name. */
    private final boolean[] taken;
    private int scanned;
    /** The key a role lexeme resolved to, by lexeme index ("Foreign Ministry spokesman" takes it). */
    private final java.util.Map<Integer, String> keyAt = new java.util.HashMap<>();
    /** The person each person lexeme was resolved to, by lexeme index (a shared surname picks one by date). */
    private final java.util.Map<Integer, String> personAt = new java.util.HashMap<>();
    /** How often each country has been named so far (its people, bodies, capitals and adjectives included). */
    private final java.util.Map<String, Integer> countryCounts = new java.util.HashMap<>();

    Resolver(KnowledgeBase kb, String text, String lang, LocalDate date, boolean dated) {
        this.kb = kb;
        this.text = text;
        this.date = date;
        this.dateNote = dated ? "on " + date : "today (" + date + ", no document date)";
        this.words = Words.split(text);
        this.lex = new Lexer(kb, lang).lex(words);
        this.used = new boolean[lex.size()];
        this.taken = new boolean[words.size()];
        this.lang = lang;
        this.around = new Surroundings(kb, text, words, lex, used);
        for (int k = 0; k < lex.size(); k++) {
            Lexeme x = lex.get(k);
            if ((x.is(Kind.ADJECTIVE) || x.is(Kind.COUNTRY)) && x.start() > 0 && words.get(x.start()).joined()
                    && around.function(x.start() - 1).equals("stance")) {
                used[k] = true;
            }
        }
    }

    List<Mention> resolve() {
        for (int k = 0; k < lex.size(); k++) {
            Lexeme x = lex.get(k);
            if (used[k] || taken[x.start()]) {
                continue;
            }
            if (x.how().startsWith("fuzzy") && introducedNames.containsKey(keysOf(x.start(), x.end()))) {
                String pid = introducedNames.get(keysOf(x.start(), x.end()));
                emitPerson(x, pid, "later mention of " + introduced.get(pid).name());
                continue;
            }
            laterMentions(x.start());
            scanned = Math.max(scanned, x.end());
            if (!x.is(Kind.PERSON) && !x.is(Kind.TITLE) && !x.is(Kind.ROLE) && beforeTitleOrRole(k)) {
                continue;
            }
            if (x.is(Kind.PERSON)) {
                person(k);
            } else if (x.is(Kind.TITLE)) {
                title(k);
            } else if (x.is(Kind.ROLE) && roleCountry(k)) {
                continue;
            } else if (x.is(Kind.MOVEMENT)) {
                Entry e = x.first(Kind.MOVEMENT).get();
                kb.movement(e.target(), date).ifPresent(m -> emit(x, new ActorRef(m.id(), m.name(),
                        Optional.of(m.country()), m.code()), "movement " + via(x, e) + " of " + m.country()
                        + " (" + m.role() + (m.since().isPresent() ? " since " + m.since().get() : "") + ")"));
            } else if (x.is(Kind.ORGANISATION)) {
                Entry e = x.first(Kind.ORGANISATION).get();
                emit(x, actor(e.target(), e.target()), "organisation " + via(x, e));
            } else if (x.isFunction("ignore")) {
                continue;
            } else if (x.is(Kind.SEAT) && !(x.is(Kind.PLACE) && around.locative(x.start()))) {
                Entry e = x.first(Kind.SEAT).get();
                emit(x, actor(e.target(), code(e.target(), e.detail())), "seat of power '" + e.alias() + "'");
            } else if (x.is(Kind.PLACE) || x.is(Kind.COUNTRY)) {
                placeOrCountry(k);
            } else if (x.is(Kind.ADJECTIVE)) {
                adjective(k);
            } else if (x.isFunction("pronoun") || x.isFunction("pronoun_f")) {
                pronoun(k);
            } else if (x.isFunction("pronoun_obj") || x.isFunction("object_clitic")) {
                objectPronoun(k);
            }
        }
        laterMentions(words.size());
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    // ---- people the document introduces: "US envoy Zalmay Khalilzad" ... "Khalilzad"

    /**
     * The capitalised name right after lexeme {@code k} (a comma between allowed, honorifics skipped, and a place
     * between: "the US commander in Iraq, General David Petraeus", "Посол США в России Линн Трейси"): one to
     * four capitalised words (two at least in German, where nouns are capitalised), lower-case particles
     * (al, bin, de, van) inside, none of them a known alias. Returns {first, end} word indexes.
     */
    private Optional<int[]> nameAfter(int k) {
        int w = lex.get(k).end();
        if (w + 2 < words.size() && around.function(w).equals("locative") && words.get(w).joined()
                && words.get(w).sentence() == words.get(w - 1).sentence()) {
            Optional<AliasIndex.Match> where = kb.index().longest(words, w + 1,
                    e -> e.kind() == Kind.COUNTRY || e.kind() == Kind.PLACE);
            if (where.isPresent() && where.get().end() < words.size()
                    && gapIsApposition(words.get(where.get().end()).gapBefore())) {
                w = where.get().end();
            }
        }
        if (w >= words.size() || !gapIsApposition(words.get(w).gapBefore())
                || words.get(w).sentence() != words.get(w - 1).sentence()) {
            return Optional.empty();
        }
        while (w < words.size() && around.function(w).equals("honorific") && words.get(w).capitalised()) {
            w++;
        }
        int first = w;
        int end = first;
        int capitals = 0;
        while (end < words.size() && end - first < 5 && (end == first || words.get(end).joined())) {
            Words.Word x = words.get(end);
            boolean known = kb.index().longest(words, end, e -> e.kind() != Kind.FUNCTION).isPresent()
                    || !around.function(end).isEmpty();
            if (x.capitalised() && !x.allCaps() && x.text().length() >= 2 && !known) {
                capitals++;
                end++;
            } else if (end > first && !x.capitalised() && x.text().length() <= 3 && end + 1 < words.size()
                    && words.get(end + 1).capitalised() && words.get(end + 1).joined()) {
                end++;
            } else {
                break;
            }
        }
        while (end > first && !words.get(end - 1).capitalised()) {
            end--;
        }
        if (capitals < (lang.equals("de") ? 2 : 1) || end == first || titleCase(first)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {first, end});
    }

    /**
     * Whether the sentence is written in title case, as headlines are ("US Envoy Arrives In Kabul"): a preposition
     * or article inside it has a capital. No names are read there.
     */
    private boolean titleCase(int at) {
        int sentence = words.get(at).sentence();
        int from = at;
        while (from > 0 && words.get(from - 1).sentence() == sentence) {
            from--;
        }
        for (int w = from + 1; w < words.size() && words.get(w).sentence() == sentence; w++) {
            Words.Word x = words.get(w);
            if (x.sentence() == sentence && words.get(w - 1).sentence() == sentence && x.capitalised() && !x.allCaps()
                    && !words.get(w).gapBefore().contains("\n")) {
                String f = around.function(w);
                if (f.equals("oblique") || f.equals("locative") || f.equals("determiner") || f.equals("of")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Makes the name at words [first, end) a person of that key and code, and its surname a later mention. */
    private void introduce(Lexeme titleSpan, int[] name, String key, String code, String why) {
        StringBuilder full = new StringBuilder();
        StringBuilder id = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (int w = name[0]; w < name[1]; w++) {
            taken[w] = true;
            id.append(w > name[0] ? "_" : "").append(Normalizer.fold(words.get(w).text()));
            keys.append(w > name[0] ? " " : "").append(words.get(w).key());
        }
        full.append(text, words.get(name[0]).start(), words.get(name[1] - 1).end());
        String pid = "new:" + id;
        ActorRef ref = new ActorRef(pid, full.toString().replaceAll("\\s+", " "), Optional.of(key), code);
        introduced.putIfAbsent(pid, ref);
        introducedNames.putIfAbsent(keys.toString(), pid);
        introducedNames.putIfAbsent(words.get(name[1] - 1).key(), pid);
        scanned = Math.max(scanned, name[1]);
        emitPerson(titleSpan, pid, why + " before the name " + full);
        emitPerson(new Lexeme(name[0], name[1], List.of(), Optional.empty(), "introduced"), pid,
                "name introduced by " + why);
    }

    private String keysOf(int from, int to) {
        StringBuilder keys = new StringBuilder();
        for (int j = from; j < to; j++) {
            keys.append(j > from ? " " : "").append(words.get(j).key());
        }
        return keys.toString();
    }

    /**
     * Later mentions of introduced people (full name or surname; in German also the genitive, Rjabkows) among the
     * words not yet read, up to {@code to}.
     */
    private void laterMentions(int to) {
        for (int w = scanned; w < to; w++) {
            if (taken[w] || !words.get(w).capitalised()) {
                continue;
            }
            for (int len = Math.min(4, to - w); len >= 1; len--) {
                StringBuilder keys = new StringBuilder();
                for (int j = w; j < w + len; j++) {
                    keys.append(j > w ? " " : "").append(words.get(j).key());
                }
                String pid = introducedNames.get(keys.toString());
                if (pid == null && len == 1 && lang.equals("de") && keys.length() > 3 && keys.charAt(keys.length() - 1) == 's') {
                    pid = introducedNames.get(keys.substring(0, keys.length() - 1));
                }
                if (pid != null) {
                    emitPerson(new Lexeme(w, w + len, List.of(), Optional.empty(), "introduced"), pid,
                            "later mention of " + introduced.get(pid).name());
                    w += len - 1;
                    break;
                }
            }
        }
        scanned = Math.max(scanned, to);
    }

    /** Whether a title or role right after lexeme {@code k} (or after its 's) will take it as its country. */
    private boolean beforeTitleOrRole(int k) {
        int n = k + 1;
        if (n < lex.size() && lex.get(n).isFunction("possessive") && around.adjacent(k, n)) {
            return n + 1 < lex.size() && around.adjacent(n, n + 1) && titleOrRole(lex.get(n + 1));
        }
        return n < lex.size() && around.adjacent(k, n) && titleOrRole(lex.get(n))
                && (lex.get(k).is(Kind.ADJECTIVE) || lex.get(k).is(Kind.ORGANISATION) || lex.get(k).is(Kind.COUNTRY)
                || lex.get(k).is(Kind.MOVEMENT)
                || (lex.get(k).is(Kind.SEAT) && !lex.get(k).is(Kind.PLACE)));
    }

    private static boolean titleOrRole(Lexeme x) {
        return (x.is(Kind.TITLE) || x.is(Kind.ROLE)) && x.slot().isEmpty();
    }

    // ---- people and titles

    private void person(int k) {
        Lexeme x = lex.get(k);
        List<Entry> all = x.all(Kind.PERSON);
        List<Entry> exact = all.stream().filter(e -> writtenAs(e, x)).toList();
        List<Entry> ps = all.stream().map(Entry::target).distinct().count() > 1
                && exact.stream().map(Entry::target).distinct().count() == 1 ? exact : all;
        List<String> ids = ps.stream().map(Entry::target).distinct().toList();
        List<String> inOffice = ids.stream().filter(id -> kb.officeOn(id, date).isPresent()).toList();
        List<String> around = ids.stream().filter(id -> kb.activeAround(id, date)).toList();
        // A name shared by several people ("Aliyev", "Bush") is the one in office on the date, else the one in
        // office within a year of it; when that is not exactly one person, it stays unresolved.
        String id = ids.size() == 1 ? ids.get(0) : inOffice.size() == 1 ? inOffice.get(0)
                : inOffice.isEmpty() && around.size() == 1 ? around.get(0) : null;
        if (id == null) {
            return;
        }
        Entry chosen = ps.stream().filter(e -> e.target().equals(id)).findFirst().get();
        personAt.put(k, chosen.target());
        emitPerson(x, chosen.target(), via(x, chosen));
    }

    private void title(int k) {
        Lexeme x = lex.get(k);
        Entry t = x.first(Kind.TITLE).get();
        Optional<String> key = t.target().isEmpty() ? Optional.empty() : Optional.of(t.target());
        int first = k;
        int last = k;
        if (key.isEmpty() && x.slot().isPresent()) {
            key = Optional.of(x.slot().get().target());
        }
        if (key.isEmpty()) {
            Optional<int[]> c = around.country(k);
            if (c.isPresent()) {
                key = Optional.of(around.keyOf(lex.get(c.get()[0])));
                first = Math.min(k, c.get()[1]);
                last = Math.max(k, c.get()[2]);
            }
        }
        for (int j = first; j <= last; j++) {
            used[j] = true;
        }
        Lexeme span = new Lexeme(lex.get(first).start(), lex.get(last).end(), x.entries(), x.slot(), x.how());
        Optional<Integer> name = apposition(last);
        if (name.isPresent()) {
            Entry p = lex.get(name.get()).first(Kind.PERSON).get();
            emitPerson(span, personAt.getOrDefault(name.get(), p.target()),
                    "title '" + t.alias() + "' before the name " + p.alias());
            return;
        }
        String office = t.detail();
        if (key.isPresent() && !office.equals("counterpart")) {
            // With a known holder, one capitalised word is more likely a headline's verb ("Kazakh President Visits").
            boolean held = holder(office, key.get()).isPresent();
            Optional<int[]> newName = nameAfter(last).filter(n -> !held || n[1] - n[0] >= 2);
            if (newName.isPresent()) {
                ActorRef body = bodyRef(key.get(), "GOV");
                introduce(span, newName.get(), body.key().get(), body.code(), "title '" + t.alias() + "' of " + key.get());
                return;
            }
        }
        if (key.isPresent()) {
            if (office.equals("counterpart")) {
                office = salience.last(words.get(x.start()).sentence(), 3)
                        .flatMap(id -> kb.officeOn(id, date)).map(Office::office).orElse("head_of_state");
            }
            Optional<Office> holder = holder(office, key.get());
            if (holder.isPresent()) {
                Office o = holder.get();
                emitPerson(span, o.person(), "office " + o.office() + " of " + o.key() + " held by "
                        + kb.person(o.person()).map(Person::name).orElse(o.person()) + " " + dateNote);
            } else {
                emit(span, bodyRef(key.get(), "GOV"), "title '" + t.alias() + "' of " + key.get()
                        + ", no holder of " + office + " known " + dateNote);
            }
            return;
        }
        if (office.equals("counterpart") || x.how().equals("inflected")) {
            return;
        }
        if (x.end() < words.size() && around.function(x.end()).equals("of")) {
            return;
        }
        Optional<int[]> unknown = nameAfter(last).filter(n -> !taken[n[0]]);
        if (unknown.isPresent()) {
            // "President Michel Suleiman": an unknown name after a bare title is of the one country named near it
            // whose holder of that office is not known on the date; with none or several it stays unresolved.
            String want = office;
            Optional<String> near = countryNear(k, false, c -> holder(want, c).isEmpty());
            if (near.isPresent()) {
                ActorRef body = bodyRef(near.get(), "GOV");
                introduce(span, unknown.get(), body.key().get(), body.code(),
                        "title '" + t.alias() + "' in a sentence naming " + near.get());
            }
            return;
        }
        String want = office;
        int sentence = words.get(x.start()).sentence();
        Optional<String> ante = salience.last(sentence, 3, id -> want.equals("leader")
                || kb.officeOn(id, date).map(o -> o.office().equals(want)).orElse(false));
        if (ante.isPresent()) {
            emitPerson(span, ante.get(), "antecedent of '" + t.alias() + "': " + nameOf(ante.get()));
            return;
        }
        if (!want.equals("leader")) {
            lastOrganisationHolder(want).ifPresent(o -> emitPerson(span, o.person(), "office " + o.office() + " of "
                    + o.key() + ", the organisation last named, held by " + nameOf(o.person()) + " " + dateNote));
        }
    }

    /**
     * The one country named in the sentence of lexeme {@code k} or the one before (by name or adjective) that
     * passes {@code fits}, or empty when there are none or several.
     */
    private Optional<String> countryNear(int k, boolean notDestination, java.util.function.Predicate<String> fits) {
        int sentence = words.get(lex.get(k).start()).sentence();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (int j = 0; j < lex.size(); j++) {
            Lexeme y = lex.get(j);
            int s = words.get(y.start()).sentence();
            if (j != k && (s == sentence || s == sentence - 1) && (y.is(Kind.COUNTRY) || y.is(Kind.ADJECTIVE))
                    && !(notDestination && afterLocative(y.start()))) {
                String key = around.keyOf(y);
                if (kb.isCountry(key) && fits.test(key)) {
                    keys.add(key);
                }
            }
        }
        return keys.size() == 1 ? Optional.of(keys.iterator().next()) : Optional.empty();
    }

    /** Whether word {@code w} follows a locative preposition, an article allowed between ("in the Sudan"). */
    private boolean afterLocative(int w) {
        int b = w - 1;
        if (b > 0 && around.function(b).equals("determiner")) {
            b--;
        }
        return b >= 0 && around.function(b).equals("locative");
    }

    /**
     * The holder of an organisation's office ("the secretary-general") when the latest organisation named in the
     * document has one on the date.
     */
    private Optional<Office> lastOrganisationHolder(String office) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Optional<String> key = out.get(i).actor().flatMap(ActorRef::key);
            if (key.isPresent() && !kb.isCountry(key.get()) && kb.person(out.get(i).actor().get().id()).isEmpty()
                    && kb.movement(key.get(), date).isEmpty()) {
                return kb.holder(office, key.get(), date);
            }
        }
        return Optional.empty();
    }

    private Optional<Office> holder(String office, String key) {
        List<String> tries;
        if (!kb.isCountry(key) && (office.equals("leader") || office.equals("head_of_state"))) {
            tries = List.of(office, "secretary_general", "president_of_commission", "president_of_council", "pope");
        } else if (office.equals("leader")) {
            tries = List.of("leader", kb.executive(key), "head_of_state", "head_of_government");
        } else {
            tries = List.of(office);
        }
        for (String o : tries) {
            Optional<Office> h = kb.holder(o, key, date);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** A person named right after the lexeme {@code k} (a comma between allowed). */
    private Optional<Integer> apposition(int k) {
        int n = k + 1;
        if (n < lex.size() && lex.get(n).is(Kind.PERSON) && lex.get(n).start() == lex.get(k).end()
                && gapIsApposition(words.get(lex.get(n).start()).gapBefore())) {
            used[n] = true;
            person(n);
            return Optional.of(n);
        }
        return Optional.empty();
    }

    private static boolean gapIsApposition(String gap) {
        String g = gap.strip();
        return g.isEmpty() || g.equals(",");
    }

    // ---- roles, countries, adjectives, places

    private boolean roleCountry(int k) {
        Lexeme x = lex.get(k);
        Entry r = x.first(Kind.ROLE).get();
        String role = r.detail();
        Optional<String> key = x.slot().map(Entry::target);
        int first = k;
        int last = k;
        boolean personRole = r.target().startsWith(KnowledgeBaseLoader.PERSON_ROLE);
        if (key.isEmpty() && r.target().startsWith(KnowledgeBaseLoader.PERSON_ROLE + ":")) {
            key = Optional.of(r.target().substring(KnowledgeBaseLoader.PERSON_ROLE.length() + 1));
        }
        if (key.isEmpty() && personRole && k > 0 && keyAt.containsKey(k - 1)
                && around.adjacent(k - 1, k)) {
            key = Optional.of(keyAt.get(k - 1));
        }
        if (key.isEmpty()) {
            Optional<int[]> c = around.country(k);
            if (c.isEmpty() && personRole) {
                c = bodyAfter(k);
            }
            if (c.isEmpty() && nextToMovement(k)) {
                used[k] = true;
                return true;
            }
            if (c.isEmpty()) {
                c = adjectiveOneWordAfter(k);
            }
            if (c.isEmpty()) {
                Optional<String> ofPerson = ofPerson(k);
                if (ofPerson.isPresent()) {
                    used[k] = true;
                    keyAt.put(k, ofPerson.get());
                    emit(x, actor(ofPerson.get(), code(ofPerson.get(), role)), "role '" + r.alias() + "' of a person of "
                            + ofPerson.get());
                    return true;
                }
                Optional<Entry> home = x.all(Kind.ROLE).stream()
                        .filter(e -> e.target().equals(KnowledgeBaseLoader.HOME_ROLE)).findFirst();
                boolean afterOf = x.start() > 0 && words.get(x.start()).joined()
                        && around.function(x.start() - 1).equals("of");
                Optional<String> h = home.isPresent() && !afterOf ? homeCountry()
                        .filter(hk -> !otherCountryInSentence(k, hk)) : Optional.empty();
                if (h.isEmpty() && personRole) {
                    // "General Ali Rahimi": an unknown name after a bare person role is of the one country named
                    // in its or the previous sentence, places one travels to aside ("arrived in Iraq").
                    Optional<int[]> unknown = nameAfter(k).filter(n -> !taken[n[0]]);
                    Optional<String> near = unknown.isPresent() ? countryNear(k, true, any -> true) : Optional.empty();
                    if (near.isPresent()) {
                        used[k] = true;
                        keyAt.put(k, near.get());
                        ActorRef body = bodyRef(near.get(), role);
                        introduce(x, unknown.get(), body.key().get(), body.code(),
                                "role '" + r.alias() + "' in a sentence naming " + near.get());
                        return true;
                    }
                }
                if (h.isEmpty()) {
                    return false;
                }
                used[k] = true;
                keyAt.put(k, h.get());
                emit(x, actor(h.get(), code(h.get(), home.get().detail())), "role '" + home.get().alias()
                        + "' in a text about " + h.get());
                return true;
            }
            Lexeme from = lex.get(c.get()[0]);
            key = Optional.of(around.keyOf(from));
            first = Math.min(k, c.get()[1]);
            last = Math.max(k, c.get()[2]);
            Optional<Entry> seat = from.first(Kind.SEAT);
            if (role.equals("GOV") && seat.isPresent() && !seat.get().detail().isEmpty()) {
                role = seat.get().detail();
            }
        }
        for (int j = first; j <= last; j++) {
            used[j] = true;
        }
        keyAt.put(last, key.get());
        Lexeme span = new Lexeme(lex.get(first).start(), lex.get(last).end(), x.entries(), x.slot(), x.how());
        if (personRole) {
            Optional<Integer> name = apposition(last);
            if (name.isPresent()) {
                Entry p = lex.get(name.get()).first(Kind.PERSON).get();
                emitPerson(span, personAt.getOrDefault(name.get(), p.target()),
                        "role '" + r.alias() + "' before the name " + p.alias());
                return true;
            }
            Optional<int[]> newName = nameAfter(last);
            if (newName.isPresent()) {
                ActorRef body = bodyRef(key.get(), role);
                introduce(span, newName.get(), body.key().get(), body.code(),
                        "role '" + r.alias() + "' of " + key.get());
                return true;
            }
        }
        emit(span, bodyRef(key.get(), role), "role '" + r.alias() + "' of " + key.get());
        return true;
    }

    /**
     * A body with its country right after a person role ("представитель МИД России", "spokesman of the Russian
     * Foreign Ministry"): {index of the country lexeme, k, last lexeme}, or empty.
     */
    private Optional<int[]> bodyAfter(int k) {
        int n = k + 1;
        if (n < lex.size() && around.adjacent(k, n) && lex.get(n).isFunction("of") && n + 1 < lex.size()
                && around.adjacent(n, n + 1)) {
            n++;
        }
        if (n >= lex.size() || !around.adjacent(n - 1, n) || !lex.get(n).is(Kind.ROLE) || used[n]) {
            return Optional.empty();
        }
        int body = n;
        return around.country(body).map(a -> new int[] {a[0], k, Math.max(body, a[2])});
    }

    /** An adjective one word after the role, in the same phrase ("le régime autocratique kazakh"). */
    private Optional<int[]> adjectiveOneWordAfter(int k) {
        int n = k + 1;
        if (n >= lex.size() || used[n] || !lex.get(n).is(Kind.ADJECTIVE) || lex.get(n).is(Kind.COUNTRY)
                || lex.get(n).start() != lex.get(k).end() + 1) {
            return Optional.empty();
        }
        Words.Word between = words.get(lex.get(k).end());
        if (!between.joined() || !words.get(lex.get(n).start()).joined() || between.capitalised()
                || !around.function(lex.get(k).end()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {n, k, n});
    }

    /** The key of a known person named right after the role and "of" ("le régime de Tokaïev"). */
    private Optional<String> ofPerson(int k) {
        int n = k + 1;
        if (n + 1 >= lex.size() || !around.adjacent(k, n) || !lex.get(n).isFunction("of") || !around.adjacent(n, n + 1)
                || !lex.get(n + 1).is(Kind.PERSON)) {
            return Optional.empty();
        }
        String id = lex.get(n + 1).first(Kind.PERSON).get().target();
        return kb.officeOn(id, date).map(Office::key).or(() -> kb.person(id).map(Person::key)).filter(kb::isCountry);
    }

    /** Whether the sentence of lexeme {@code k} already named a country other than {@code key}. */
    private boolean otherCountryInSentence(int k, String key) {
        int sentence = words.get(lex.get(k).start()).sentence();
        for (int i = out.size() - 1; i >= 0; i--) {
            Mention m = out.get(i);
            int w = wordAt(m.span().start());
            if (w < 0 || words.get(w).sentence() != sentence) {
                break;
            }
            Optional<String> other = m.actor().flatMap(ActorRef::key).or(() -> m.place().map(p -> p.country()));
            if (other.isPresent() && kb.isCountry(other.get()) && !other.get().equals(key)) {
                return true;
            }
        }
        for (int j = k + 1; j < lex.size() && words.get(lex.get(j).start()).sentence() == sentence; j++) {
            Lexeme l = lex.get(j);
            if ((l.is(Kind.ADJECTIVE) || l.is(Kind.COUNTRY) || l.is(Kind.PLACE) || l.is(Kind.SEAT))
                    && !around.keyOf(l).equals(key) && kb.isCountry(around.keyOf(l))) {
                return true;
            }
        }
        return false;
    }

    private int wordAt(int offset) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else if (words.get(mid).start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether a movement stands right before or after the role ("Houthi rebels", "rebeldes hutíes"). */
    private boolean nextToMovement(int k) {
        return (k > 0 && around.adjacent(k - 1, k) && lex.get(k - 1).is(Kind.MOVEMENT))
                || (k + 1 < lex.size() && around.adjacent(k, k + 1) && lex.get(k + 1).is(Kind.MOVEMENT));
    }

    private void placeOrCountry(int k) {
        Lexeme x = lex.get(k);
        Optional<Place> place = x.first(Kind.PLACE).flatMap(e -> kb.place(e.target()));
        boolean locative = around.locative(x.start());
        boolean dateline = place.isPresent() && around.dateline(x);
        if (place.isPresent() && (locative || dateline || !place.get().capital() && x.first(Kind.COUNTRY).isEmpty())) {
            emitPlace(x, place.get(), (locative ? "place after a locative, " : dateline ? "place in a dateline, "
                    : "place, ") + via(x, x.first(Kind.PLACE).get()));
            return;
        }
        Optional<Entry> country = x.first(Kind.COUNTRY);
        if (country.isPresent()) {
            emit(x, actor(country.get().target(), country.get().target()), "country " + via(x, country.get()));
        } else if (place.isPresent()) {
            String key = place.get().country();
            emit(x, actor(key, code(key, "GOV")), "capital " + place.get().name() + " acting for its state");
        }
    }

    private void adjective(int k) {
        Lexeme x = lex.get(k);
        boolean nextToPlace = (k > 0 && around.adjacent(k - 1, k) && (lex.get(k - 1).is(Kind.PLACE) || lex.get(k - 1).is(Kind.COUNTRY)))
                || (k + 1 < lex.size() && around.adjacent(k, k + 1) && (lex.get(k + 1).is(Kind.PLACE) || lex.get(k + 1).is(Kind.COUNTRY)));
        if (nextToPlace || (x.start() > 0 && around.function(x.start() - 1).equals("place_noun"))) {
            return;
        }
        Entry e = x.first(Kind.ADJECTIVE).get();
        emit(x, actor(e.target(), e.target()), "adjective or demonym '" + e.alias() + "'");
    }

    private void pronoun(int k) {
        Lexeme x = lex.get(k);
        String written = words.get(x.start()).text().toLowerCase(java.util.Locale.ROOT);
        if (x.entries().stream().noneMatch(e -> e.kind() == Kind.FUNCTION && e.detail().startsWith("pronoun")
                && e.alias().toLowerCase(java.util.Locale.ROOT).equals(written))) {
            return;
        }
        if (x.end() < words.size() && around.function(x.end()).equals("impersonal")) {
            return;
        }
        int sentence = words.get(x.start()).sentence();
        Optional<Salience.Seen> ante = salience.lastSeen(sentence, 2);
        if (ante.isEmpty()) {
            return;
        }
        if (x.isFunction("pronoun_f") && nonPersonSince(words.get(ante.get().word()).start())) {
            return;
        }
        String id = ante.get().person();
        emitPerson(x, id, "antecedent: " + nameOf(id));
    }

    /**
     * An object pronoun ("him", "lui", "ему"; "le", "l'", "lo" only next to a verb: "il le reçoit", "qui l'a
     * reçu"): the latest person named who is not the subject of its own sentence, unless a state or organisation
     * was named after that person in the pronoun's own sentence.
     */
    private void objectPronoun(int k) {
        Lexeme x = lex.get(k);
        int w = x.start();
        if (!x.isFunction("pronoun_obj")) {
            boolean host = w > 0 && words.get(w).joined() && around.lexedAs(w - 1, "clitic_host");
            boolean verb = x.end() < words.size() && words.get(x.end()).joined()
                    && around.lexedAs(x.end(), "clitic_verb");
            if (!host && !verb) {
                return;
            }
        }
        int sentence = words.get(w).sentence();
        // A state or organisation named since, in the pronoun's own clause, is as likely the antecedent
        // ("soutenir l'Ukraine en lui envoyant").
        int first = w;
        while (first > 0 && words.get(first - 1).sentence() == sentence) {
            first--;
        }
        int from = words.get(first).start();
        Optional<Salience.Seen> ante = salience.lastObject(sentence, 2)
                .filter(a -> !nonPersonSince(Math.max(from, words.get(a.word()).start())));
        ante.ifPresent(a -> emitPerson(x, a.person(), "object pronoun, antecedent: " + nameOf(a.person())));
    }

    /** Whether a state, organisation or group was named after that offset (latest mentions first). */
    private boolean nonPersonSince(int offset) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).span().start() > offset; i--) {
            if (out.get(i).actor().filter(a -> kb.person(a.id()).isEmpty() && !introduced.containsKey(a.id()))
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has the alias's very words, endings included (Абаров is not Абарови). */
    private boolean writtenAs(Entry e, Lexeme x) {
        List<Words.Word> aw = Words.split(e.alias());
        if (aw.size() != x.end() - x.start()) {
            return false;
        }
        for (int i = 0; i < aw.size(); i++) {
            if (!Normalizer.fold(aw.get(i).text()).equals(Normalizer.fold(words.get(x.start() + i).text()))) {
                return false;
            }
        }
        return true;
    }

    /** How the lexeme matched the entry: "alias 'X'", or the fuzzy or short-form match. */
    private static String via(Lexeme x, Entry e) {
        return x.how().equals("alias") || x.how().equals("inflected") ? "alias '" + e.alias() + "'" : x.how();
    }

    // ---- output

    private String nameOf(String personId) {
        return kb.person(personId).map(Person::name)
                .orElseGet(() -> introduced.containsKey(personId) ? introduced.get(personId).name() : personId);
    }

    private void emitPerson(Lexeme x, String personId, String reason) {
        ActorRef ref;
        Optional<Person> known = kb.person(personId);
        if (known.isPresent()) {
            Person p = known.get();
            String key = kb.officeOn(personId, date).map(Office::key).orElse(p.key());
            String code = kb.offices(personId).isEmpty() ? key : code(key, "GOV");
            Optional<Movement> m = kb.movement(key, date);
            if (m.isPresent()) {
                key = m.get().country();
                code = m.get().code();
            }
            ref = new ActorRef(p.id(), p.name(), Optional.of(key), code);
        } else {
            ref = introduced.get(personId);
        }
        int sentence = words.get(x.start()).sentence();
        boolean pronoun = x.isFunction("pronoun") || x.isFunction("pronoun_f") || x.isFunction("pronoun_obj")
                || x.isFunction("object_clitic");
        if (!pronoun) {
            salience.add(personId, sentence, x.start(), around.oblique(x.start()));
        }
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    private void emitPlace(Lexeme x, Place p, String reason) {
        add(x, Optional.empty(), Optional.of(p.ref()), reason);
    }

    private void emit(Lexeme x, ActorRef ref, String reason) {
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    /** The country the text is about so far: named at least twice, and more often than any other. */
    private Optional<String> homeCountry() {
        String best = null;
        int top = 0;
        int second = 0;
        for (java.util.Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (e.getValue() > top || (e.getValue() == top && e.getKey().compareTo(best) < 0)) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? Optional.of(best) : Optional.empty();
    }

    private void add(Lexeme x, Optional<ActorRef> actor, Optional<org.caravan.model.PlaceRef> place, String reason) {
        actor.flatMap(ActorRef::key).filter(kb::isCountry).ifPresent(k -> countryCounts.merge(k, 1, Integer::sum));
        place.map(org.caravan.model.PlaceRef::country).ifPresent(k -> countryCounts.merge(k, 1, Integer::sum));
        Span s = new Span(words.get(x.start()).start(), words.get(x.end() - 1).end());
        out.add(new Mention(s, s.of(text), actor, place, reason));
    }

    /**
     * A body of a country or organisation with a role ("the Russian army": RUSMIL), or of a movement: its country
     * and its own role, unless the role word names another kind of body than government or military ("Hezbollah
     * media": LBNMED; "Taliban government" before 2021: AFGREB).
     */
    private ActorRef bodyRef(String key, String role) {
        Optional<Movement> m = kb.movement(key, date);
        if (m.isPresent()) {
            Movement mv = m.get();
            String r = role.equals("GOV") || role.equals("MIL") || role.isEmpty() ? mv.role() : role;
            return new ActorRef(mv.id(), mv.name(), Optional.of(mv.country()), mv.country() + r);
        }
        return actor(key, code(key, role));
    }

    private ActorRef actor(String key, String code) {
        return new ActorRef(key, kb.name(key).orElse(key), Optional.of(key), code);
    }

    private String code(String key, String role) {
        return kb.isCountry(key) && !role.isEmpty() ? key + role : key;
    }
}
