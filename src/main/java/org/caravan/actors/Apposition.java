package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/** A known person named right after a title or role (a comma between allowed): "le président Tokaïev". */
final class Apposition {

    private final Resolution r;
    private final PersonRule people;

    Apposition(Resolution r, PersonRule people) {
        this.r = r;
        this.people = people;
    }

    /** The index of the person lexeme right after lexeme {@code k}, resolved and marked used, or empty. */
    Optional<Integer> after(int k) {
        int n = k + 1;
        if (n < r.lex.size() && r.lex.get(n).is(Kind.PERSON) && r.lex.get(n).start() == r.lex.get(k).end()
                && Resolution.gapIsApposition(r.words.get(r.lex.get(n).start()).gapBefore())) {
            r.used[n] = true;
            people.apply(n);
            return Optional.of(n);
        }
        return Optional.empty();
    }
}
