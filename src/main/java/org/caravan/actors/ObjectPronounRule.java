package org.caravan.actors;

import java.util.Optional;

/**
 * An object pronoun ("him", "lui", "ему"; "le", "l'", "lo" only next to a verb: "il le reçoit", "qui l'a
 * reçu"): the latest person named who is not the subject of its own sentence, unless a state or organisation
 * was named after that person in the pronoun's own sentence ("soutenir l'Ukraine en lui envoyant").
 */
final class ObjectPronounRule implements Rule {

    private final Resolution r;

    ObjectPronounRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.isFunction("pronoun_obj") && !x.isFunction("object_clitic")) {
            return false;
        }
        int w = x.start();
        if (!x.isFunction("pronoun_obj")) {
            boolean host = w > 0 && r.words.get(w).joined() && r.around.lexedAs(w - 1, "clitic_host");
            boolean verb = x.end() < r.words.size() && r.words.get(x.end()).joined()
                    && r.around.lexedAs(x.end(), "clitic_verb");
            if (!host && !verb) {
                return true;
            }
        }
        int sentence = r.words.get(w).sentence();
        int first = w;
        while (first > 0 && r.words.get(first - 1).sentence() == sentence) {
            first--;
        }
        int from = r.words.get(first).start();
        Optional<Salience.Seen> ante = r.salience.lastObject(sentence, 2)
                .filter(a -> !r.nonPersonSince(Math.max(from, r.words.get(a.word()).start())));
        ante.ifPresent(a -> r.emitPerson(x, a.person(), "object pronoun, antecedent: " + r.nameOf(a.person())));
        return true;
    }
}
