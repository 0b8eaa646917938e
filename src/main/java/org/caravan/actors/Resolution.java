package org.caravan.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.model.PlaceRef;
import org.caravan.model.Span;

/**
 * The state of resolving one document, shared by the resolution rules: its words and lexemes, which lexemes a
 * rule has already taken, the people named so far (for pronouns), the people the document introduced, the
 * countries counted so far, and the mentions found. Also the look-ups several rules make (an office's holder on
 * the date, the one country named near a word) and the one way mentions are added. One per document; not
 * thread-safe.
 */
final class Resolution {

    final KnowledgeBase kb;
    final String text;
    final String lang;
    final LocalDate date;
    /** Whether the document had a date (else office-holders are today's). */
    final boolean dated;
    final List<Words.Word> words;
    final List<Lexeme> lex;
    /** Lexemes a rule has already resolved or made part of a longer mention. */
    final boolean[] used;
    /** Words taken by an introduced name. */
    final boolean[] taken;
    final Surroundings around;
    final Salience salience = new Salience();
    /** People the document introduced with a title or role (not in the knowledge base), by id. */
    final Map<String, ActorRef> introduced = new HashMap<>();
    /** Their names and surnames (word keys joined by spaces) to their ids, for later mentions. */
    final Map<String, String> introducedNames = new HashMap<>();
    /** The key a role lexeme resolved to, by lexeme index ("Foreign Ministry spokesman" takes it). */
    final Map<Integer, String> keyAt = new HashMap<>();
    /** The person each person lexeme was resolved to, by lexeme index (a shared surname picks one by date). */
    final Map<Integer, String> personAt = new HashMap<>();
    /** Words up to here have been read for later mentions of introduced people. */
    int scanned;
    private final List<Mention> out = new ArrayList<>();
    /** How often each country has been named so far (its people, bodies, capitals and adjectives included). */
    private final Map<String, Integer> countryCounts = new HashMap<>();
    private boolean usedToday;

    Resolution(KnowledgeBase kb, String text, String lang, LocalDate date, boolean dated) {
        this.kb = kb;
        this.text = text;
        this.lang = lang;
        this.date = date;
        this.dated = dated;
        this.words = Words.split(text);
        this.lex = new Lexer(kb, lang).lex(words);
        this.used = new boolean[lex.size()];
        this.taken = new boolean[words.size()];
        this.around = new Surroundings(kb, text, words, lex, used);
        for (int k = 0; k < lex.size(); k++) {
            Lexeme x = lex.get(k);
            if ((x.is(Kind.ADJECTIVE) || x.is(Kind.COUNTRY)) && x.start() > 0 && words.get(x.start()).joined()
                    && around.function(x.start() - 1).equals("stance")) {
                used[k] = true;
            }
        }
    }

    /** The mentions found so far, in the order they were found. */
    List<Mention> mentions() {
        return out;
    }

    /** Whether an office-holder was looked up at today's date because the document had none. */
    boolean usedToday() {
        return usedToday;
    }

    /** "on DATE", or that today stood in for the missing document date. */
    String dateNote() {
        if (!dated) {
            usedToday = true;
        }
        return dated ? "on " + date : "today (" + date + ", no document date)";
    }

    int sentenceOf(int k) {
        return words.get(lex.get(k).start()).sentence();
    }

    void markUsed(int first, int last) {
        for (int j = first; j <= last; j++) {
            used[j] = true;
        }
    }

    // ---- output

    void emitPerson(Lexeme x, String personId, String reason) {
        ActorRef ref;
        Optional<Person> known = kb.person(personId);
        if (known.isPresent()) {
            Person p = known.get();
            String seat = kb.officeOn(personId, date).map(Office::key).orElse(p.key());
            String key = kb.eventKey(seat); // the head of a UN agency or an EU institution codes as the UN, the EU
            String code = kb.offices(personId).isEmpty() ? seat : code(seat, "GOV");
            Optional<Movement> m = kb.movement(key, date);
            if (m.isPresent()) {
                key = m.get().country();
                code = m.get().code();
            }
            ref = new ActorRef(p.id(), p.name(), Optional.of(key), code);
        } else {
            ref = introduced.get(personId);
        }
        boolean pronoun = x.isFunction("pronoun") || x.isFunction("pronoun_f") || x.isFunction("pronoun_obj")
                || x.isFunction("object_clitic");
        if (!pronoun) {
            salience.add(personId, words.get(x.start()).sentence(), x.start(), around.oblique(x.start()));
        }
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    /** Adds a group's mention ("the two countries"), with its members. */
    void addGroup(Mention group) {
        out.add(group);
    }

    void emitPlace(Lexeme x, Place p, String reason) {
        add(x, Optional.empty(), Optional.of(p.ref()), reason);
    }

    void emit(Lexeme x, ActorRef ref, String reason) {
        add(x, Optional.of(ref), Optional.empty(), reason);
    }

    private void add(Lexeme x, Optional<ActorRef> actor, Optional<PlaceRef> place, String reason) {
        actor.flatMap(ActorRef::key).filter(kb::isCountry).ifPresent(k -> countryCounts.merge(k, 1, Integer::sum));
        place.map(PlaceRef::country).ifPresent(k -> countryCounts.merge(k, 1, Integer::sum));
        Span s = new Span(words.get(x.start()).start(), words.get(x.end() - 1).end());
        out.add(new Mention(s, s.of(text), actor, place, reason));
    }

    String nameOf(String personId) {
        return kb.person(personId).map(Person::name)
                .orElseGet(() -> introduced.containsKey(personId) ? introduced.get(personId).name() : personId);
    }

    /**
     * A body of a country or organisation with a role ("the Russian army": RUSMIL), or of a movement: its country
     * and its own role, unless the role word names another kind of body than government or military ("Hezbollah
     * media": LBNMED; "Taliban government" before 2021: AFGREB).
     */
    ActorRef bodyRef(String key, String role) {
        Optional<Movement> m = kb.movement(key, date);
        if (m.isPresent()) {
            Movement mv = m.get();
            String r = role.equals("GOV") || role.equals("MIL") || role.isEmpty() ? mv.role() : role;
            return new ActorRef(mv.id(), mv.name(), Optional.of(mv.country()), mv.country() + r);
        }
        return actor(key, code(key, role));
    }

    /** The actor of that key: an organ or agency keeps its own id and code, and carries its organisation's key. */
    ActorRef actor(String key, String code) {
        return new ActorRef(key, kb.name(key).orElse(key), Optional.of(kb.eventKey(key)), code);
    }

    String code(String key, String role) {
        return kb.isCountry(key) && !role.isEmpty() ? key + role : key;
    }

    /** How the lexeme matched the entry: "alias 'X'", or the fuzzy or short-form match. */
    static String via(Lexeme x, Entry e) {
        return x.match() == Lexeme.Match.ALIAS || x.match() == Lexeme.Match.INFLECTED
                ? "alias '" + e.alias() + "'" : x.how();
    }

    // ---- look-ups shared by the rules

    /** The holder of an office of a country or organisation on the date ("leader": its chief executive). */
    Optional<Office> holder(String office, String key) {
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

    /**
     * The one country named in the sentence of lexeme {@code k} or the one before (by name or adjective) that
     * passes {@code fits}, or empty when there are none or several.
     */
    Optional<String> countryNear(int k, boolean notDestination, Predicate<String> fits) {
        return countryNear(k, notDestination, false, fits);
    }

    /**
     * The one country named near lexeme {@code k} (as {@link #countryNear}) that is no other person's: not
     * next to another title or role ("le président ivoirien", "the president of Senegal", "Ivorian President"),
     * and not the country of a person named in the same two sentences. A bare title before an unknown name takes
     * only such a country ("Le président Bassirou Diomaye Faye ... le président ivoirien" stays unresolved).
     */
    Optional<String> countryOfNoOneNear(int k, Predicate<String> fits) {
        int sentence = sentenceOf(k);
        Set<String> others = new java.util.HashSet<>();
        for (int j = 0; j < lex.size(); j++) {
            int s = sentenceOf(j);
            if (j != k && (s == sentence || s == sentence - 1)) {
                lex.get(j).first(Kind.PERSON).flatMap(e -> kb.person(e.target()))
                        .ifPresent(p -> others.add(kb.officeOn(p.id(), date).map(Office::key).orElse(p.key())));
            }
        }
        return countryNear(k, false, true, c -> fits.test(c) && !others.contains(c));
    }

    private boolean nextToTitle(int j, int k) {
        for (int d = -2; d <= 2; d++) {
            int t = j + d;
            if (d == 0 || t == k || t < 0 || t >= lex.size() || sentenceOf(t) != sentenceOf(j)) {
                continue;
            }
            Lexeme y = lex.get(t);
            boolean title = y.is(Kind.TITLE) || y.is(Kind.ROLE);
            boolean linked = Math.abs(d) == 1 || (d == -2 && lex.get(j - 1).isFunction("of"))
                    || (d == -2 && y.end() + 1 == lex.get(j).start() && around.function(y.end()).equals("of"));
            if (title && linked) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> countryNear(int k, boolean notDestination, boolean free, Predicate<String> fits) {
        int sentence = sentenceOf(k);
        Set<String> keys = new TreeSet<>();
        for (int j = 0; j < lex.size(); j++) {
            Lexeme y = lex.get(j);
            int s = words.get(y.start()).sentence();
            if (j != k && (s == sentence || s == sentence - 1) && (y.is(Kind.COUNTRY) || y.is(Kind.ADJECTIVE))
                    && !(notDestination && afterLocative(y.start())) && !(free && nextToTitle(j, k))) {
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
    Optional<Office> lastOrganisationHolder(String office) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Optional<String> key = out.get(i).actor().flatMap(ActorRef::key);
            if (key.isPresent() && !kb.isCountry(key.get()) && kb.person(out.get(i).actor().get().id()).isEmpty()
                    && kb.movement(key.get(), date).isEmpty()) {
                return kb.holder(office, key.get(), date);
            }
        }
        return Optional.empty();
    }

    /** The country the text is about so far: named at least twice, and more often than any other. */
    Optional<String> homeCountry() {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
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

    /** Whether the sentence of lexeme {@code k} names a country other than {@code key} (before or after it). */
    boolean otherCountryInSentence(int k, String key) {
        int sentence = sentenceOf(k);
        for (int i = out.size() - 1; i >= 0; i--) {
            Mention m = out.get(i);
            int w = wordAt(m.span().start());
            if (w < 0 || words.get(w).sentence() != sentence) {
                break;
            }
            Optional<String> other = m.actor().flatMap(ActorRef::key).or(() -> m.place().map(PlaceRef::country));
            if (other.isPresent() && kb.isCountry(other.get()) && !other.get().equals(key)) {
                return true;
            }
        }
        for (int j = k + 1; j < lex.size() && sentenceOf(j) == sentence; j++) {
            Lexeme l = lex.get(j);
            if ((l.is(Kind.ADJECTIVE) || l.is(Kind.COUNTRY) || l.is(Kind.PLACE) || l.is(Kind.SEAT))
                    && !around.keyOf(l).equals(key) && kb.isCountry(around.keyOf(l))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a state, organisation or group was named after that offset (latest mentions first). */
    boolean nonPersonSince(int offset) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).span().start() > offset; i--) {
            if (out.get(i).actor().filter(a -> kb.person(a.id()).isEmpty() && !introduced.containsKey(a.id()))
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The word starting at that character offset, or -1. */
    int wordAt(int offset) {
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

    static boolean gapIsApposition(String gap) {
        String g = gap.strip();
        return g.isEmpty() || g.equals(",");
    }
}
