package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * A title ("the Kazakh president", "le président du Kazakhstan", "Kremlin chief", "NATO Secretary General"): its
 * country from the phrase, a * slot or its neighbours; then the person named right after it, a name it
 * introduces, or the holder of that office on the date. A title without a country is the last person named who
 * held that office, else the holder in the organisation named last; an unknown name after it takes the one
 * country near it whose holder is unknown.
 */
final class TitleRule implements Rule {

    private final Resolution r;
    private final NamedAfter named;

    TitleRule(Resolution r, Apposition apposition, Introductions introductions) {
        this.r = r;
        this.named = new NamedAfter(r, apposition, introductions);
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.TITLE)) {
            return false;
        }
        Entry t = x.first(Kind.TITLE).get();
        Optional<String> key = t.target().isEmpty() ? x.slot().map(Entry::target) : Optional.of(t.target());
        int first = k;
        int last = k;
        if (key.isEmpty()) {
            Optional<int[]> c = r.around.country(k);
            if (c.isPresent()) {
                key = Optional.of(r.around.keyOf(r.lex.get(c.get()[0])));
                first = Math.min(k, c.get()[1]);
                last = Math.max(k, c.get()[2]);
            }
        }
        r.markUsed(first, last);
        Lexeme span = x.over(r.lex.get(first).start(), r.lex.get(last).end());
        if (named.knownPerson(span, last, "title '" + t.alias() + "'")) {
            return true;
        }
        if (key.isPresent()) {
            ofCountry(k, last, span, t, key.get());
        } else {
            bare(k, last, span, t);
        }
        return true;
    }

    /** A title with its country: a name it introduces, else the office's holder on the date, else the state. */
    private void ofCountry(int k, int last, Lexeme span, Entry t, String key) {
        String office = t.detail();
        if (!office.equals("counterpart")) {
            // With a known holder, one capitalised word is more likely a headline's verb ("Kazakh President Visits").
            boolean held = r.holder(office, key).isPresent();
            Optional<int[]> newName = named.unknownName(last).filter(n -> !held || n[1] - n[0] >= 2);
            if (newName.isPresent()) {
                named.introduce(span, newName.get(), key, "GOV", "title '" + t.alias() + "' of " + key);
                return;
            }
        } else {
            office = r.salience.last(r.sentenceOf(k), 3)
                    .flatMap(id -> r.kb.officeOn(id, r.date)).map(Office::office).orElse("head_of_state");
        }
        Optional<Office> holder = r.holder(office, key);
        if (holder.isPresent()) {
            Office o = holder.get();
            r.emitPerson(span, o.person(), "office " + o.office() + " of " + o.key() + " held by "
                    + r.kb.person(o.person()).map(Person::name).orElse(o.person()) + " " + r.dateNote());
        } else {
            r.emit(span, r.bodyRef(key, "GOV"), "title '" + t.alias() + "' of " + key
                    + ", no holder of " + office + " known " + r.dateNote());
        }
    }

    /** A title with no country beside it ("le Président", "the secretary-general"). */
    private void bare(int k, int last, Lexeme span, Entry t) {
        Lexeme x = r.lex.get(k);
        String office = t.detail();
        String next = x.end() < r.words.size() ? r.around.function(x.end()) : "";
        if (office.equals("counterpart") || x.match() == Lexeme.Match.INFLECTED || next.equals("of")
                || next.equals("ambiguous_demonym")) {
            return;
        }
        Optional<int[]> unknown = named.unknownName(last).filter(n -> !r.taken[n[0]]);
        if (unknown.isPresent()) {
            introduceNear(k, span, t, unknown.get());
            return;
        }
        if (!t.usual().isEmpty()) {
            // "Госсекретарь", "the Secretary of State": a title only one country uses is that country's office,
            // whoever else with such an office was named before.
            ofCountry(k, last, span, t, t.usual());
            return;
        }
        Optional<String> ante = r.salience.last(r.sentenceOf(k), 3, id -> office.equals("leader")
                || r.kb.officeOn(id, r.date).map(o -> o.office().equals(office)).orElse(false));
        if (ante.isPresent()) {
            r.emitPerson(span, ante.get(), "antecedent of '" + t.alias() + "': " + r.nameOf(ante.get()));
        } else if (!office.equals("leader")) {
            Optional<Office> org = r.lastOrganisationHolder(office);
            if (org.isPresent()) {
                Office o = org.get();
                r.emitPerson(span, o.person(), "office " + o.office() + " of " + o.key()
                        + ", the organisation last named, held by " + r.nameOf(o.person()) + " " + r.dateNote());
            } else {
                home(k, span, office);
            }
        }
    }

    /**
     * "President Michel Suleiman": an unknown name after a bare title is of the one country named near it whose
     * holder of that office is not known on the date and that is no other person's (not beside another title, not
     * the country of a person named there); with none or several it stays unresolved. "President Jean Tartempion of
     * Senegal" names the country itself, whoever the data says holds it.
     */
    private void introduceNear(int k, Lexeme span, Entry t, int[] unknown) {
        String office = t.detail();
        Optional<String> near = r.around.countryAfterOf(unknown[1])
                .or(() -> r.countryOfNoOneNear(k, c -> r.holder(office, c).isEmpty()));
        if (near.isPresent()) {
            named.introduce(span, unknown, near.get(), "GOV", "title '" + t.alias() + "' in a sentence naming " + near.get());
        }
    }

    /**
     * "La secretaria de Relaciones Exteriores", "le chef de la diplomatie" with no one named before: the holder of
     * that office in the country the text is about, when the sentence names no other country.
     */
    private void home(int k, Lexeme span, String office) {
        Optional<String> home = r.homeCountry().filter(c -> r.kb.isCountry(c) && !r.otherCountryInSentence(k, c));
        Optional<Office> holder = home.flatMap(c -> r.holder(office, c));
        holder.ifPresent(o -> r.emitPerson(span, o.person(), "office " + o.office() + " of " + o.key()
                + ", the country the text is about, held by " + r.nameOf(o.person()) + " " + r.dateNote()));
    }
}
