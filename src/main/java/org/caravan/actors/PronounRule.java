package org.caravan.actors;

import java.util.Locale;
import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * A subject pronoun ("il", "he", "он", "er", "él"): the subject-most person of the latest of the current and two
 * previous sentences that names one. Not an impersonal use ("il faut"), not an accented pronoun written without
 * its accent ("El"), and a feminine pronoun not when a state or organisation was named after that person.
 */
final class PronounRule implements Rule {

    private final Resolution r;

    PronounRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.isFunction("pronoun") && !x.isFunction("pronoun_f")) {
            return false;
        }
        String written = r.words.get(x.start()).text().toLowerCase(Locale.ROOT);
        if (x.entries().stream().noneMatch(e -> e.kind() == Kind.FUNCTION && e.detail().startsWith("pronoun")
                && e.alias().toLowerCase(Locale.ROOT).equals(written))) {
            return true;
        }
        if (x.end() < r.words.size() && r.around.function(x.end()).equals("impersonal")) {
            return true;
        }
        Optional<Salience.Seen> ante = r.salience.lastSeen(r.sentenceOf(k), 2);
        if (ante.isEmpty()
                || (x.isFunction("pronoun_f") && r.nonPersonSince(r.words.get(ante.get().word()).start()))) {
            return true;
        }
        String id = ante.get().person();
        r.emitPerson(x, id, "antecedent: " + r.nameOf(id));
        return true;
    }
}
