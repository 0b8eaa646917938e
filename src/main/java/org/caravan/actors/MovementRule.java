package org.caravan.actors;

import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;
import java.util.Optional;

/** A movement ("Hamas", "les talibans"): its country and its role on the document's date. */
final class MovementRule implements Rule {

    private final Resolution r;

    MovementRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        if (!x.is(Kind.MOVEMENT)) {
            return false;
        }
        Entry e = x.first(Kind.MOVEMENT).get();
        r.kb.movement(e.target(), r.date).ifPresent(m -> r.emit(x, new ActorRef(m.id(), m.name(),
                Optional.of(m.country()), m.code()), "movement " + Resolution.via(x, e) + " of " + m.country()
                + " (" + m.role() + (m.since().isPresent() ? " since " + m.since().get() : "") + ")"));
        return true;
    }
}
