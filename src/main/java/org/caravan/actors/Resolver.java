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
    private final java.util.Map<Integer, Lexeme> byWord = new java.util.HashMap<>();
    private final List<Mention> out = new ArrayList<>();
    private final Salience salience = new Salience();

    Resolver(KnowledgeBase kb, String text, String lang, LocalDate date, boolean dated) {
        this.kb = kb;
        this.text = text;
        this.date = date;
        this.dateNote = dated ? "on " + date : "today (" + date + ", no document date)";
        this.words = Words.split(text);
        this.lex = new Lexer(kb, lang).lex(words);
        this.used = new boolean[lex.size()];
        for (Lexeme l : lex) {
            byWord.put(l.start(), l);
        }
    }

    List<Mention> resolve() {
        for (int k = 0; k < lex.size(); k++) {
            if (used[k]) {
                continue;
            }
            Lexeme x = lex.get(k);
            if (!x.is(Kind.PERSON) && !x.is(Kind.TITLE) && !x.is(Kind.ROLE) && beforeTitleOrRole(k)) {
                continue;
            }
            if (x.is(Kind.PERSON)) {
                person(k);
            } else if (x.is(Kind.TITLE)) {
                title(k);
            } else if (x.is(Kind.ROLE) && roleCountry(k)) {
                continue;
            } else if (x.is(Kind.ORGANISATION)) {
                Entry e = x.first(Kind.ORGANISATION).get();
                emit(x, actor(e.target(), e.target()), "organisation alias '" + e.alias() + "'");
            } else if (x.is(Kind.SEAT)) {
                Entry e = x.first(Kind.SEAT).get();
                emit(x, actor(e.target(), code(e.target(), e.detail())), "seat of power '" + e.alias() + "'");
            } else if (x.is(Kind.PLACE) || x.is(Kind.COUNTRY)) {
                placeOrCountry(k);
            } else if (x.is(Kind.ADJECTIVE)) {
                adjective(k);
            } else if (x.isFunction("pronoun") || x.isFunction("pronoun_f")) {
                pronoun(k);
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** Whether a title or role right after lexeme {@code k} (or after its 's) will take it as its country. */
    private boolean beforeTitleOrRole(int k) {
        int n = k + 1;
        if (n < lex.size() && lex.get(n).isFunction("possessive") && adjacent(k, n)) {
            return n + 1 < lex.size() && adjacent(n, n + 1) && titleOrRole(lex.get(n + 1));
        }
        return n < lex.size() && adjacent(k, n) && titleOrRole(lex.get(n))
                && (lex.get(k).is(Kind.ADJECTIVE) || lex.get(k).is(Kind.ORGANISATION));
    }

    private static boolean titleOrRole(Lexeme x) {
        return (x.is(Kind.TITLE) || x.is(Kind.ROLE)) && x.slot().isEmpty();
    }

    // ---- people and titles

    private void person(int k) {
        Lexeme x = lex.get(k);
        List<Entry> ps = x.all(Kind.PERSON);
        Entry chosen = ps.stream().filter(e -> kb.officeOn(e.target(), date).isPresent()).findFirst()
                .or(() -> ps.stream().filter(e -> kb.activeAround(e.target(), date)).findFirst())
                .orElse(ps.get(0));
        if (ps.stream().map(Entry::target).filter(id -> kb.officeOn(id, date).isPresent()).distinct().count() > 1) {
            return;
        }
        emitPerson(x, chosen.target(), x.how().equals("alias") ? "alias '" + chosen.alias() + "'" : x.how());
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
            Optional<int[]> c = country(k);
            if (c.isPresent()) {
                key = Optional.of(keyOf(lex.get(c.get()[0])));
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
            emitPerson(span, p.target(), "title '" + t.alias() + "' before the name " + p.alias());
            return;
        }
        String office = t.detail();
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
                emit(span, actor(key.get(), code(key.get(), "GOV")), "title '" + t.alias() + "' of " + key.get()
                        + ", no holder of " + office + " known " + dateNote);
            }
            return;
        }
        if (office.equals("counterpart")) {
            return;
        }
        String want = office;
        int sentence = words.get(x.start()).sentence();
        Optional<String> ante = salience.last(sentence, 3, id -> want.equals("leader")
                || kb.officeOn(id, date).map(o -> o.office().equals(want)).orElse(false));
        ante.ifPresent(id -> emitPerson(span, id, "antecedent of '" + t.alias() + "': "
                + kb.person(id).map(Person::name).orElse(id)));
    }

    private Optional<Office> holder(String office, String key) {
        List<String> tries = office.equals("leader") ? List.of("leader", kb.executive(key), "head_of_state",
                "head_of_government") : List.of(office);
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
        Optional<String> key = x.slot().map(Entry::target);
        int first = k;
        int last = k;
        if (key.isEmpty()) {
            Optional<int[]> c = country(k);
            if (c.isEmpty()) {
                return false;
            }
            key = Optional.of(keyOf(lex.get(c.get()[0])));
            first = Math.min(k, c.get()[1]);
            last = Math.max(k, c.get()[2]);
        }
        for (int j = first; j <= last; j++) {
            used[j] = true;
        }
        Lexeme span = new Lexeme(lex.get(first).start(), lex.get(last).end(), x.entries(), x.slot(), x.how());
        emit(span, actor(key.get(), code(key.get(), r.detail())), "role '" + r.alias() + "' of " + key.get());
        return true;
    }

    /**
     * The lexeme giving the country of the title or role at {@code k}: {index, first, last} of the lexemes
     * covered, or empty.
     */
    private Optional<int[]> country(int k) {
        Lexeme x = lex.get(k);
        if (k > 0 && !used[k - 1] && adjacent(k - 1, k)) {
            Lexeme p = lex.get(k - 1);
            if (p.is(Kind.ADJECTIVE) || (p.is(Kind.ORGANISATION) && !p.is(Kind.PLACE))) {
                return Optional.of(new int[] {k - 1, k - 1, k});
            }
            if (k > 1 && p.isFunction("possessive") && adjacent(k - 2, k - 1) && countryLike(lex.get(k - 2))) {
                return Optional.of(new int[] {k - 2, k - 2, k});
            }
        }
        if (k + 1 < lex.size() && adjacent(k, k + 1)) {
            Lexeme n = lex.get(k + 1);
            if (n.is(Kind.ADJECTIVE) && !n.is(Kind.COUNTRY)) {
                return Optional.of(new int[] {k + 1, k, k + 1});
            }
            if (n.isFunction("of") && k + 2 < lex.size() && adjacent(k + 1, k + 2) && countryLike(lex.get(k + 2))) {
                return Optional.of(new int[] {k + 2, k, k + 2});
            }
            if (countryLike(n) && !n.is(Kind.PLACE)) {
                return Optional.of(new int[] {k + 1, k, k + 1});
            }
        }
        return Optional.empty();
    }

    private boolean adjacent(int a, int b) {
        return lex.get(a).end() == lex.get(b).start() && words.get(lex.get(b).start()).joined();
    }

    private boolean countryLike(Lexeme x) {
        return x.is(Kind.COUNTRY) || x.is(Kind.ORGANISATION) || x.is(Kind.SEAT) || x.is(Kind.ADJECTIVE)
                || x.first(Kind.PLACE).flatMap(e -> kb.place(e.target())).map(Place::capital).orElse(false);
    }

    private String keyOf(Lexeme x) {
        for (Kind kind : List.of(Kind.ADJECTIVE, Kind.COUNTRY, Kind.ORGANISATION, Kind.SEAT)) {
            Optional<Entry> e = x.first(kind);
            if (e.isPresent()) {
                return e.get().target();
            }
        }
        return x.first(Kind.PLACE).flatMap(e -> kb.place(e.target())).map(Place::country).orElse("UNK");
    }

    private void placeOrCountry(int k) {
        Lexeme x = lex.get(k);
        Optional<Place> place = x.first(Kind.PLACE).flatMap(e -> kb.place(e.target()));
        boolean locative = locative(x.start());
        if (place.isPresent() && (locative || !place.get().capital() && x.first(Kind.COUNTRY).isEmpty())) {
            emitPlace(x, place.get(), (locative ? "place after a locative, " : "place, ") + "alias '"
                    + x.first(Kind.PLACE).get().alias() + "'");
            return;
        }
        Optional<Entry> country = x.first(Kind.COUNTRY);
        if (country.isPresent()) {
            emit(x, actor(country.get().target(), country.get().target()), "country alias '" + country.get().alias() + "'");
        } else if (place.isPresent()) {
            String key = place.get().country();
            emit(x, actor(key, code(key, "GOV")), "capital " + place.get().name() + " acting for its state");
        }
    }

    /** Whether the word before {@code w} is a locative preposition, or "of" after a place noun. */
    private boolean locative(int w) {
        if (w == 0 || words.get(w).gapBefore().contains("\n")) {
            return false;
        }
        String before = function(w - 1);
        if (before.equals("locative")) {
            return true;
        }
        return before.equals("of") && w >= 2 && function(w - 2).equals("place_noun");
    }

    private String function(int w) {
        return lexAt(w).flatMap(l -> l.first(Kind.FUNCTION)).map(Entry::detail)
                .or(() -> kb.index().longest(words, w, e -> e.kind() == Kind.FUNCTION)
                        .filter(m -> m.end() == w + 1).map(m -> m.entries().get(0).detail()))
                .orElse("");
    }

    private Optional<Lexeme> lexAt(int w) {
        Lexeme l = byWord.get(w);
        return l != null && l.end() == w + 1 ? Optional.of(l) : Optional.empty();
    }

    private void adjective(int k) {
        Lexeme x = lex.get(k);
        boolean nextToPlace = (k > 0 && adjacent(k - 1, k) && (lex.get(k - 1).is(Kind.PLACE) || lex.get(k - 1).is(Kind.COUNTRY)))
                || (k + 1 < lex.size() && adjacent(k, k + 1) && (lex.get(k + 1).is(Kind.PLACE) || lex.get(k + 1).is(Kind.COUNTRY)));
        if (nextToPlace || (x.start() > 0 && function(x.start() - 1).equals("place_noun"))) {
            return;
        }
        Entry e = x.first(Kind.ADJECTIVE).get();
        emit(x, actor(e.target(), e.target()), "adjective or demonym '" + e.alias() + "'");
    }

    private void pronoun(int k) {
        Lexeme x = lex.get(k);
        if (x.end() < words.size() && function(x.end()).equals("impersonal")) {
            return;
        }
        int sentence = words.get(x.start()).sentence();
        Optional<Salience.Seen> ante = salience.lastSeen(sentence, 2);
        if (ante.isEmpty()) {
            return;
        }
        if (x.isFunction("pronoun_f") && out.stream().anyMatch(m -> m.span().start() > words.get(ante.get().word()).start()
                && m.actor().filter(a -> kb.person(a.id()).isEmpty()).isPresent())) {
            return;
        }
        String id = ante.get().person();
        emitPerson(x, id, "antecedent: " + kb.person(id).map(Person::name).orElse(id));
    }

    // ---- output

    private void emitPerson(Lexeme x, String personId, String reason) {
        Person p = kb.person(personId).orElseThrow();
        String code = kb.offices(personId).isEmpty() ? p.key() : code(p.key(), "GOV");
        ActorRef ref = new ActorRef(p.id(), p.name(), Optional.of(p.key()), code);
        int sentence = words.get(x.start()).sentence();
        boolean pronoun = x.isFunction("pronoun") || x.isFunction("pronoun_f");
        if (!pronoun) {
            salience.add(personId, sentence, x.start());
        }
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    private void emitPlace(Lexeme x, Place p, String reason) {
        add(x, Optional.empty(), Optional.of(p.ref()), reason);
    }

    private void emit(Lexeme x, ActorRef ref, String reason) {
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    private void add(Lexeme x, Optional<ActorRef> actor, Optional<org.caravan.model.PlaceRef> place, String reason) {
        Span s = new Span(words.get(x.start()).start(), words.get(x.end() - 1).end());
        out.add(new Mention(s, s.of(text), actor, place, reason));
    }

    private ActorRef actor(String key, String code) {
        return new ActorRef(key, kb.name(key).orElse(key), Optional.of(key), code);
    }

    private String code(String key, String role) {
        return kb.isCountry(key) && !role.isEmpty() ? key + role : key;
    }
}
