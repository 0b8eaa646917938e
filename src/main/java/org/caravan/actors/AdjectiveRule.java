package org.caravan.actors;

import org.caravan.actors.Entry.Kind;

/**
 * An adjective or demonym alone ("les Kazakhs", "sanctions occidentales"): its key; not next to a country or
 * place name ("Sahara occidental") or after a place noun ("la capitale kazakhe").
 */
final class AdjectiveRule implements Rule {

    private final Resolution r;

    AdjectiveRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.ADJECTIVE)) {
            return false;
        }
        boolean nextToPlace = (k > 0 && r.around.adjacent(k - 1, k) && placeLike(r.lex.get(k - 1)))
                || (k + 1 < r.lex.size() && r.around.adjacent(k, k + 1) && placeLike(r.lex.get(k + 1)));
        if (nextToPlace || (x.start() > 0 && r.around.function(x.start() - 1).equals("place_noun"))) {
            return true;
        }
        Entry e = x.first(Kind.ADJECTIVE).get();
        r.emit(x, r.actor(e.target(), e.target()), "adjective or demonym '" + e.alias() + "'");
        return true;
    }

    private static boolean placeLike(Lexeme x) {
        return x.is(Kind.PLACE) || x.is(Kind.COUNTRY);
    }
}
