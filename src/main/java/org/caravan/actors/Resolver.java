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

    Resolver(KnowledgeBase kb, String text, String lang, LocalDate date, boolean dated) {
        this.kb = kb;
        this.text = text;
        this.date = date;
        this.dateNote = dated ? "on " + date : "today (" + date + ", no document date)";
        this.words = Words.split(text);
        this.lex = new Lexer(kb, lang).lex(words);
        this.used = new boolean[lex.size()];
        this.around = new Surroundings(kb, text, words, lex, used);
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
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** Whether a title or role right after lexeme {@code k} (or after its 's) will take it as its country. */
    private boolean beforeTitleOrRole(int k) {
        int n = k + 1;
        if (n < lex.size() && lex.get(n).isFunction("possessive") && around.adjacent(k, n)) {
            return n + 1 < lex.size() && around.adjacent(n, n + 1) && titleOrRole(lex.get(n + 1));
        }
        return n < lex.size() && around.adjacent(k, n) && titleOrRole(lex.get(n))
                && (lex.get(k).is(Kind.ADJECTIVE) || lex.get(k).is(Kind.ORGANISATION) || lex.get(k).is(Kind.COUNTRY));
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
        Entry chosen = ps.stream().filter(e -> kb.officeOn(e.target(), date).isPresent()).findFirst()
                .or(() -> ps.stream().filter(e -> kb.activeAround(e.target(), date)).findFirst())
                .orElse(ps.get(0));
        if (ps.stream().map(Entry::target).filter(id -> kb.officeOn(id, date).isPresent()).distinct().count() > 1) {
            return;
        }
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
        if (office.equals("counterpart") || x.how().equals("inflected")) {
            return;
        }
        if (x.end() < words.size() && around.function(x.end()).equals("of")) {
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
        Optional<String> key = x.slot().map(Entry::target);
        int first = k;
        int last = k;
        if (key.isEmpty()) {
            Optional<int[]> c = around.country(k);
            if (c.isEmpty()) {
                return false;
            }
            key = Optional.of(around.keyOf(lex.get(c.get()[0])));
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
        emitPerson(x, id, "antecedent: " + kb.person(id).map(Person::name).orElse(id));
    }

    /** Whether a state, organisation or group was named after that offset (latest mentions first). */
    private boolean nonPersonSince(int offset) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).span().start() > offset; i--) {
            if (out.get(i).actor().filter(a -> kb.person(a.id()).isEmpty()).isPresent()) {
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

    private void emitPerson(Lexeme x, String personId, String reason) {
        Person p = kb.person(personId).orElseThrow();
        String key = kb.officeOn(personId, date).map(Office::key).orElse(p.key());
        String code = kb.offices(personId).isEmpty() ? key : code(key, "GOV");
        ActorRef ref = new ActorRef(p.id(), p.name(), Optional.of(key), code);
        int sentence = words.get(x.start()).sentence();
        boolean pronoun = x.isFunction("pronoun") || x.isFunction("pronoun_f");
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
