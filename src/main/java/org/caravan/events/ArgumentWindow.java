package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * The candidates for one slot of a trigger by word order: those of its clause before it, nearest first, and those
 * after its head within {@link #WINDOW} tokens and its clause, in text order; with the clause's start and end and
 * the perfect auxiliary of a verb-final clause ({@code aux}, -1 if none). Immutable.
 */
record ArgumentWindow(int start, int end, int aux, List<Candidate> before, List<Candidate> after) {

    /** How many tokens after the trigger an argument may stand. */
    static final int WINDOW = 12;

    ArgumentWindow {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The window of the trigger for the slot, leaving out the other argument and what the slot cannot use. */
    static ArgumentWindow of(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other, Clauses clauses,
            Grammar g) {
        int start = clauses.clauseStart(v, m.first());
        int end = clauses.clauseEnd(v, m.last());
        Optional<Candidate> head = headMention(v, m);
        List<Candidate> before = new ArrayList<>();
        List<Candidate> after = new ArrayList<>();
        for (Candidate c : v.candidates()) {
            if (other.isPresent() && other.get().equals(c) || !usable(c, slot)) {
                continue;
            }
            if (c.last() < m.first() && c.first() >= start) {
                before.add(0, c);
            } else if (c.first() > m.head() && head.filter(c::equals).isEmpty()
                    && c.first() <= end && c.first() - m.last() <= WINDOW) {
                after.add(c);
            }
        }
        return new ArgumentWindow(start, end, perfectAux(v, m, start, g), before, after);
    }

    /** Places stand for arguments only in the place slot; country names count as places there. */
    static boolean usable(Candidate c, Slot slot) {
        if (slot.kind() == Slot.Kind.PLACE) {
            return c.place().isPresent() || c.isCountry();
        }
        return c.isActor();
    }

    /** The mention that holds the trigger's head, if any (a trigger's later words may stand in a mention). */
    private static Optional<Candidate> headMention(SentenceView v, TriggerMatch m) {
        for (Candidate c : v.candidates()) {
            if (c.first() <= m.head() && c.last() >= m.head()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The perfect auxiliary of a verb-final clause ("Scholz hat am Freitag die Staatschefs ... empfangen"): a
     * PERFECT_AUX word (German) between the clause start and a verb trigger that ends its clause; -1 if none.
     */
    private static int perfectAux(SentenceView v, TriggerMatch m, int start, Grammar g) {
        if (m.entry().pos().equals("NOUN") || !g.has(v.lang(), Kind.PERFECT_AUX)) {
            return -1;
        }
        int next = m.last() + 1;
        if (next < v.size() && !v.isPunct(next) && !v.is(g, Kind.CLAUSE_BREAK, next)) {
            return -1;
        }
        for (int i = start; i < m.first(); i++) {
            if (v.is(g, Kind.PERFECT_AUX, i)) {
                return i;
            }
        }
        return -1;
    }
}
