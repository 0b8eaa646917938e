package org.caravan.actors;

import java.util.List;
import org.caravan.actors.Entry.Kind;

/**
 * A person named by an alias, short form or spelling variant. A name shared by several people ("Aliyev", "Bush")
 * is the one whose alias the text spells exactly, else the one in office on the date, else the one in office
 * within a year of it; when that is not exactly one person, it stays unresolved. A later mention by one word of
 * the full name is that person.
 */
final class PersonRule implements Rule {

    private final Resolution r;

    PersonRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.PERSON)) {
            return false;
        }
        List<Entry> all = x.all(Kind.PERSON);
        List<Entry> exact = all.stream().filter(e -> writtenAs(e, x)).toList();
        List<Entry> ps = all.stream().map(Entry::target).distinct().count() > 1
                && exact.stream().map(Entry::target).distinct().count() == 1 ? exact : all;
        List<String> ids = ps.stream().map(Entry::target).distinct().toList();
        List<String> inOffice = ids.stream().filter(id -> r.kb.officeOn(id, r.date).isPresent()).toList();
        List<String> around = ids.stream().filter(id -> r.kb.activeAround(id, r.date)).toList();
        String id = ids.size() == 1 ? ids.get(0) : inOffice.size() == 1 ? inOffice.get(0)
                : inOffice.isEmpty() && around.size() == 1 ? around.get(0) : null;
        if (id == null) {
            return true;
        }
        Entry chosen = ps.stream().filter(e -> e.target().equals(id)).findFirst().get();
        r.personAt.put(k, chosen.target());
        r.emitPerson(x, chosen.target(), Resolution.via(x, chosen));
        if (x.match() != Lexeme.Match.FUZZY) {
            laterByOneName(x, chosen.target());
        }
        return true;
    }

    /**
     * A person named in full ("Yoon Suk Yeol", "Fumio Kishida") is that person when the document later gives
     * only the first or the last word of the name ("Yoon said", "Kishida"), as reporting does; words that are
     * common first names, function words, or shorter than three letters are not taken.
     */
    private void laterByOneName(Lexeme x, String personId) {
        if (x.end() - x.start() < 2) {
            return;
        }
        for (int w = x.start(); w < x.end(); w++) {
            r.taken[w] = true; // the full name itself is not a later mention
        }
        for (int w : new int[] {x.start(), x.end() - 1}) {
            Words.Word word = r.words.get(w);
            String key = word.key();
            if (word.capitalised() && key.length() >= 3 && !r.kb.nameWords().neverFuzzy(key)
                    && r.around.function(w).isEmpty()) {
                r.introducedNames.putIfAbsent(key, personId);
            }
        }
    }

    /** Whether the text has the alias's very words, endings included (Абаров is not Абарови). */
    private boolean writtenAs(Entry e, Lexeme x) {
        List<Words.Word> aw = Words.split(e.alias());
        if (aw.size() != x.end() - x.start()) {
            return false;
        }
        for (int i = 0; i < aw.size(); i++) {
            if (!Normalizer.fold(aw.get(i).text()).equals(Normalizer.fold(r.words.get(x.start() + i).text()))) {
                return false;
            }
        }
        return true;
    }
}
