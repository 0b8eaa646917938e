package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;

/**
 * A country or a place. A place after a locative ("in Moscow"), in a dateline, or that is no capital, is a place;
 * a country is its state; a capital otherwise stands for its state's government ("Pékin a dénoncé": CHNGOV).
 */
final class PlaceRule implements Rule {

    private final Resolution r;

    PlaceRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.PLACE) && !x.is(Kind.COUNTRY)) {
            return false;
        }
        Optional<Place> place = x.first(Kind.PLACE).flatMap(e -> r.kb.place(e.target()));
        boolean locative = r.around.locative(x.start());
        boolean dateline = place.isPresent() && r.around.dateline(x);
        Optional<Entry> country = x.first(Kind.COUNTRY);
        if (place.isPresent() && (locative || dateline || !place.get().capital() && country.isEmpty())) {
            r.emitPlace(x, place.get(), (locative ? "place after a locative, " : dateline ? "place in a dateline, "
                    : "place, ") + Resolution.via(x, x.first(Kind.PLACE).get()));
        } else if (country.isPresent()) {
            String key = country.get().target();
            r.emit(x, r.actor(key, key), "country " + Resolution.via(x, country.get()));
        } else if (place.isPresent()) {
            String key = place.get().country();
            r.emit(x, r.actor(key, r.code(key, "GOV")), "capital " + place.get().name() + " acting for its state");
        }
        return true;
    }
}
