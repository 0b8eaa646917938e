package org.caravan.actors;

import java.util.List;
import org.caravan.actors.Entry.Kind;

/**
 * A person named by an alias, short form or spelling variant. A name shared by several people ("Aliyev", "Bush")
 * is the one whose alias the text spells exactly, else the one in office on the date, else the one in office
 * within a year of it; when that is not exactly one person, it stays unresolved.
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
        return true;
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
