package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * A role word with its country ("le gouvernement kazakh": KAZGOV, "the Russian army": RUSMIL, "Pentagon
 * spokesman": USAMIL), of a movement next to it ("Houthi rebels"), of a known leader after "of" ("le régime de
 * Tokaïev"), or, for a bare role ("the government"), of the country the text is about. A person role ("envoy",
 * "porte-parole") names one person: the known person right after it, or a name it introduces. A role with no
 * country found is handed on (it may also be a place or an organisation). A government body in a capital ("die
 * Regierung in Bamako", "le pouvoir à Kaboul") is that capital's state; the capital stays a place.
 */
final class RoleRule implements Rule {

    private final Resolution r;
    private final NamedAfter named;

    RoleRule(Resolution r, Apposition apposition, Introductions introductions) {
        this.r = r;
        this.named = new NamedAfter(r, apposition, introductions);
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.ROLE)) {
            return false;
        }
        Entry e = x.first(Kind.ROLE).get();
        String role = e.detail();
        boolean personRole = e.target().startsWith(KnowledgeBaseLoader.PERSON_ROLE);
        Optional<String> key = x.slot().map(Entry::target);
        if (key.isEmpty() && e.target().startsWith(KnowledgeBaseLoader.PERSON_ROLE + ":")) {
            key = Optional.of(e.target().substring(KnowledgeBaseLoader.PERSON_ROLE.length() + 1));
        }
        if (key.isEmpty() && personRole && k > 0 && r.keyAt.containsKey(k - 1) && r.around.adjacent(k - 1, k)) {
            key = Optional.of(r.keyAt.get(k - 1));
        }
        if (key.isPresent()) {
            return withCountry(k, k, k, e, key.get(), role);
        }
        Optional<int[]> c = r.around.country(k);
        if (c.isEmpty() && personRole) {
            c = bodyAfter(k);
        }
        if (c.isEmpty() && nextToMovement(k)) {
            r.used[k] = true;
            return true;
        }
        if (c.isEmpty()) {
            c = adjectiveOneWordAfter(k);
        }
        if (c.isEmpty() && !personRole && role.equals("GOV")) {
            c = r.around.capitalAfter(k).map(p -> new int[] {p, k, k});
        }
        if (c.isEmpty()) {
            return withoutCountry(k, e, role, personRole);
        }
        Lexeme from = r.lex.get(c.get()[0]);
        if (x.is(Kind.ORGANISATION) && !r.kb.isCountry(r.around.keyOf(from))) {
            return false; // "the Security Council of the UN" is the organisation's own body, not a role of it
        }
        Optional<Entry> seat = from.first(Kind.SEAT);
        if (role.equals("GOV") && seat.isPresent() && !seat.get().detail().isEmpty()) {
            role = seat.get().detail();
        }
        return withCountry(k, Math.min(k, c.get()[1]), Math.max(k, c.get()[2]), e, r.around.keyOf(from), role);
    }

    /** The role over lexemes [first, last] of that country: the person it names, else the body. */
    private boolean withCountry(int k, int first, int last, Entry e, String key, String role) {
        r.markUsed(first, last);
        r.keyAt.put(last, key);
        Lexeme span = r.lex.get(k).over(r.lex.get(first).start(), r.lex.get(last).end());
        if (e.target().startsWith(KnowledgeBaseLoader.PERSON_ROLE)) {
            if (named.knownPerson(span, last, "role '" + e.alias() + "'")) {
                return true;
            }
            Optional<int[]> newName = named.unknownName(last);
            if (newName.isPresent()) {
                named.introduce(span, newName.get(), key, role, "role '" + e.alias() + "' of " + key);
                return true;
            }
        }
        r.emit(span, r.bodyRef(key, role), "role '" + e.alias() + "' of " + key);
        return true;
    }

    /** A role with no country beside it: of a leader after "of", of the home country, or of an unknown name. */
    private boolean withoutCountry(int k, Entry e, String role, boolean personRole) {
        Lexeme x = r.lex.get(k);
        Optional<String> ofPerson = ofPerson(k);
        if (ofPerson.isPresent()) {
            r.used[k] = true;
            r.keyAt.put(k, ofPerson.get());
            r.emit(x, r.actor(ofPerson.get(), r.code(ofPerson.get(), role)), "role '" + e.alias()
                    + "' of a person of " + ofPerson.get());
            return true;
        }
        Optional<Entry> home = x.all(Kind.ROLE).stream()
                .filter(h -> h.target().equals(KnowledgeBaseLoader.HOME_ROLE)).findFirst();
        boolean afterOf = x.start() > 0 && r.words.get(x.start()).joined()
                && r.around.function(x.start() - 1).equals("of");
        Optional<String> h = home.isPresent() && !afterOf ? r.homeCountry()
                .filter(hk -> !r.otherCountryInSentence(k, hk)) : Optional.empty();
        if (h.isEmpty() && personRole) {
            // "General Ali Rahimi": an unknown name after a bare person role is of the one country named
            // in its or the previous sentence, places one travels to aside ("arrived in Iraq").
            Optional<int[]> unknown = named.unknownName(k).filter(n -> !r.taken[n[0]]);
            Optional<String> near = unknown.isPresent() ? r.countryNear(k, true, any -> true) : Optional.empty();
            if (near.isPresent()) {
                r.used[k] = true;
                r.keyAt.put(k, near.get());
                named.introduce(x, unknown.get(), near.get(), role,
                        "role '" + e.alias() + "' in a sentence naming " + near.get());
                return true;
            }
        }
        if (h.isEmpty()) {
            return false;
        }
        r.used[k] = true;
        r.keyAt.put(k, h.get());
        r.emit(x, r.actor(h.get(), r.code(h.get(), home.get().detail())), "role '" + home.get().alias()
                + "' in a text about " + h.get());
        return true;
    }

    /**
     * A body with its country right after a person role ("представитель МИД России", "spokesman of the Russian
     * Foreign Ministry"): {index of the country lexeme, k, last lexeme}, or empty.
     */
    private Optional<int[]> bodyAfter(int k) {
        int n = k + 1;
        if (n < r.lex.size() && r.around.adjacent(k, n) && r.lex.get(n).isFunction("of") && n + 1 < r.lex.size()
                && r.around.adjacent(n, n + 1)) {
            n++;
        }
        if (n >= r.lex.size() || !r.around.adjacent(n - 1, n) || !r.lex.get(n).is(Kind.ROLE) || r.used[n]) {
            return Optional.empty();
        }
        int body = n;
        return r.around.country(body).map(a -> new int[] {a[0], k, Math.max(body, a[2])});
    }

    /** An adjective one word after the role, in the same phrase ("le régime autocratique kazakh"). */
    private Optional<int[]> adjectiveOneWordAfter(int k) {
        int n = k + 1;
        if (n >= r.lex.size() || r.used[n] || !r.lex.get(n).is(Kind.ADJECTIVE) || r.lex.get(n).is(Kind.COUNTRY)
                || r.lex.get(n).start() != r.lex.get(k).end() + 1) {
            return Optional.empty();
        }
        Words.Word between = r.words.get(r.lex.get(k).end());
        if (!between.joined() || !r.words.get(r.lex.get(n).start()).joined() || between.capitalised()
                || !r.around.function(r.lex.get(k).end()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {n, k, n});
    }

    /** The key of a known person named right after the role and "of" ("le régime de Tokaïev"). */
    private Optional<String> ofPerson(int k) {
        int n = k + 1;
        if (n + 1 >= r.lex.size() || !r.around.adjacent(k, n) || !r.lex.get(n).isFunction("of")
                || !r.around.adjacent(n, n + 1) || !r.lex.get(n + 1).is(Kind.PERSON)) {
            return Optional.empty();
        }
        String id = r.lex.get(n + 1).first(Kind.PERSON).get().target();
        return r.kb.officeOn(id, r.date).map(Office::key).or(() -> r.kb.person(id).map(Person::key))
                .filter(r.kb::isCountry);
    }

    /** Whether a movement stands right before or after the role ("Houthi rebels", "rebeldes hutíes"). */
    private boolean nextToMovement(int k) {
        return (k > 0 && r.around.adjacent(k - 1, k) && r.lex.get(k - 1).is(Kind.MOVEMENT))
                || (k + 1 < r.lex.size() && r.around.adjacent(k, k + 1) && r.lex.get(k + 1).is(Kind.MOVEMENT));
    }
}
