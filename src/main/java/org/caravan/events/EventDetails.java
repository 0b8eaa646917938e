package org.caravan.events;

import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;
import org.caravan.model.PlaceRef;
import org.caravan.model.Span;

/**
 * The details of a coded event besides its actors: the place (a place target, else the place governed by the
 * trigger through a place preposition), the evidence span and the confidence. Stateless; thread-safe.
 */
final class EventDetails {

    private final Grammar grammar;
    private final ArgumentFinder finder;

    EventDetails(Grammar grammar, ArgumentFinder finder) {
        this.grammar = grammar;
        this.finder = finder;
    }

    Optional<PlaceRef> place(SentenceView v, TriggerMatch m, Arguments a) {
        for (Candidate c : a.targets()) {
            if (c.place().isPresent()) {
                return c.place();
            }
        }
        Optional<PlaceRef> best = Optional.empty();
        int dist = Integer.MAX_VALUE;
        for (Candidate c : v.candidates()) {
            if (c.place().isEmpty() || c.actor().isPresent()) {
                continue;
            }
            boolean governed = finder.prepBefore(v, c, m).filter(p -> grammar.is(v.lang(), Kind.PLACE_PREP, p)).isPresent();
            int d = Math.abs(c.first() - m.head());
            if (governed && d < dist && (d <= ArgumentFinder.WINDOW || NominalFrames.meeting(m.entry().code()))) {
                best = c.place();
                dist = d;
            }
        }
        return best;
    }

    static Span evidence(SentenceView v, TriggerMatch m, Candidate s, Candidate t) {
        int first = m.first();
        int last = m.last();
        for (Candidate c : List.of(s, t)) {
            if (v.candidates().contains(c)) {
                first = Math.min(first, c.first());
                last = Math.max(last, c.last());
            }
        }
        return new Span(v.token(first).span().start(), v.token(last).span().end());
    }

    static double confidence(Arguments a, boolean parsed) {
        double c = 0.4;
        if (!a.sourceHow().fromDiscourse() && a.sourceHow().via() != Arguments.Via.SPEAKER) {
            c += 0.2;
        }
        if (!a.targetHow().inSlot(Slot.Kind.PLACE)) {
            c += 0.15;
        } else {
            c += 0.05;
        }
        if (parsed) {
            c += 0.1;
        }
        return Math.min(0.9, c);
    }
}
