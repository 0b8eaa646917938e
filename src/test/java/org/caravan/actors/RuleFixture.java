package org.caravan.actors;

import java.time.LocalDate;
import java.util.List;
import org.caravan.model.Mention;

/** One document's resolution state, for testing one rule at a time on its lexemes. */
final class RuleFixture {

    final Resolution r;

    private RuleFixture(String lang, String date, String text) {
        this.r = new Resolution(ActorStageTest.KB, text, lang, LocalDate.parse(date), true);
    }

    static RuleFixture of(String lang, String date, String text) {
        return new RuleFixture(lang, date, text);
    }

    /** The index of the lexeme that starts at the first occurrence of {@code words} (after {@code from}). */
    int at(String words) {
        int offset = r.text.indexOf(words);
        for (int k = 0; k < r.lex.size(); k++) {
            if (r.words.get(r.lex.get(k).start()).start() == offset) {
                return k;
            }
        }
        throw new AssertionError("no lexeme at '" + words + "' among " + r.lex);
    }

    /** "text=id/code" for actors, "text@place" for places, in the order found. */
    List<String> golden() {
        return r.mentions().stream().map(RuleFixture::golden).toList();
    }

    static String golden(Mention m) {
        return m.actor().map(a -> m.text() + "=" + a.id() + "/" + a.code())
                .orElseGet(() -> m.text() + "@" + m.place().get().id());
    }

    Introductions introductions() {
        return new Introductions(r);
    }

    PersonRule people() {
        return new PersonRule(r);
    }

    Apposition apposition() {
        return new Apposition(r, people());
    }
}
