package org.caravan.actors;

import org.caravan.actors.Entry.Kind;

/** An organisation by name or acronym ("NATO", "l'Otan", "ШОС"): its key as its code. */
final class OrganisationRule implements Rule {

    private final Resolution r;

    OrganisationRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.ORGANISATION)) {
            return false;
        }
        Entry e = x.first(Kind.ORGANISATION).get();
        r.emit(x, r.actor(e.target(), e.target()), "organisation " + Resolution.via(x, e));
        return true;
    }
}
