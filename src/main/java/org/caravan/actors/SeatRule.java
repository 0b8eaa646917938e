package org.caravan.actors;

import org.caravan.actors.Entry.Kind;

/**
 * A seat of power ("le Kremlin", "la Maison Blanche", "Bruxelles" for the EU): its key and role, unless it is
 * also a place and follows a locative ("à Bruxelles"), when the place rule reads it.
 */
final class SeatRule implements Rule {

    private final Resolution r;

    SeatRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.SEAT) || (x.is(Kind.PLACE) && r.around.locative(x.start()))) {
            return false;
        }
        Entry e = x.first(Kind.SEAT).get();
        r.emit(x, r.actor(e.target(), r.code(e.target(), e.detail())), "seat of power '" + e.alias() + "'");
        return true;
    }
}
