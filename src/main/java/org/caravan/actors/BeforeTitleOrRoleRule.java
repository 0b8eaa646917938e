package org.caravan.actors;

import org.caravan.actors.Entry.Kind;

/**
 * Leaves a country, adjective, organisation, movement or seat of power that a title or role right after it (or
 * after its 's) will take as its country ("the Kazakh president", "Russia's army"): the title or role rule reads
 * it with the title.
 */
final class BeforeTitleOrRoleRule implements Rule {

    private final Resolution r;

    BeforeTitleOrRoleRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (x.is(Kind.PERSON) || x.is(Kind.TITLE) || x.is(Kind.ROLE)) {
            return false;
        }
        int n = k + 1;
        if (n < r.lex.size() && r.lex.get(n).isFunction("possessive") && r.around.adjacent(k, n)) {
            return n + 1 < r.lex.size() && r.around.adjacent(n, n + 1) && titleOrRole(r.lex.get(n + 1));
        }
        return n < r.lex.size() && r.around.adjacent(k, n) && titleOrRole(r.lex.get(n))
                && (x.is(Kind.ADJECTIVE) || x.is(Kind.ORGANISATION) || x.is(Kind.COUNTRY) || x.is(Kind.MOVEMENT)
                || (x.is(Kind.SEAT) && !x.is(Kind.PLACE)));
    }

    private static boolean titleOrRole(Lexeme x) {
        return (x.is(Kind.TITLE) || x.is(Kind.ROLE)) && x.slot().isEmpty();
    }
}
