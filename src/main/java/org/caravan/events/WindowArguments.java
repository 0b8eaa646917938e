package org.caravan.events;

import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * Arguments from word order within the clause, for sentences without a parse and for slots the parse leaves
 * empty: the nearest actor before the trigger that no preposition or other verb governs (subject,
 * {@link WindowSubjects}), after it (object), after one of the slot's prepositions, next to it (possessor), or a
 * place; what governs a candidate is {@link Governors}. Stateless; thread-safe.
 */
final class WindowArguments {

    /** How many tokens after the trigger an argument may stand. */
    static final int WINDOW = ArgumentWindow.WINDOW;

    private final Grammar g;
    private final Clauses clauses;
    private final Governors governors;
    private final WindowSubjects subjects;

    WindowArguments(Grammar grammar, Clauses clauses) {
        this.g = grammar;
        this.clauses = clauses;
        this.governors = new Governors(grammar);
        this.subjects = new WindowSubjects(grammar, clauses, governors);
    }

    Optional<Candidate> byWindow(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        ArgumentWindow w = ArgumentWindow.of(v, m, slot, other, clauses, g);
        return switch (slot.kind()) {
            case SUBJ -> subjects.subject(v, m, w);
            case AGENT -> agent(v, m, w);
            case OBJ -> object(v, m, w, other);
            case PP -> prepositional(v, m, w, slot, other);
            case GEN -> possessor(v, m, w);
            case PLACE -> place(v, m, w, other);
            case SPEAKER -> Optional.empty(); // found by SourceRecovery, not in a window
        };
    }

    /** Places stand for arguments only in the place slot; country names count as places there. */
    static boolean usable(Candidate c, Slot slot) {
        return ArgumentWindow.usable(c, slot);
    }

    /** The preposition that governs the candidate, skipping determiners, titles and adjectives; m may be null. */
    Optional<String> prepBefore(SentenceView v, Candidate c, TriggerMatch m) {
        return governors.prepBefore(v, c, m);
    }

    /** Whether the candidate is the organisation or format that holds a summit ({@link Governors#summitHolder}). */
    boolean summitHolder(SentenceView v, Candidate c) {
        return governors.summitHolder(v, c);
    }

    /** The agent of a passive: after an agent preposition, or before the participle in verb-final order. */
    private Optional<Candidate> agent(SentenceView v, TriggerMatch m, ArgumentWindow w) {
        Optional<Candidate> a = w.after().stream().filter(c -> governors.governedBy(v, c, m, Kind.AGENT_PREP))
                .findFirst();
        if (a.isEmpty() && g.has(v.lang(), Kind.PERFECT_AUX)) {
            // verb-final passive: the agent stands before the participle ("wurde von Scholz empfangen")
            a = w.before().stream().filter(c -> governors.governedBy(v, c, m, Kind.AGENT_PREP)).findFirst();
        }
        return a.or(() -> clauses.caseAgent(v, m));
    }

    /**
     * The object: in verb-final order the actor between the auxiliary and the trigger, else the first actor after
     * it that no preposition governs, else the antecedent of an object relative word, else the owner of the
     * object noun.
     */
    private Optional<Candidate> object(SentenceView v, TriggerMatch m, ArgumentWindow w, Optional<Candidate> other) {
        if (w.aux() >= 0) {
            for (int k = w.before().size() - 1; k >= 0; k--) {
                Candidate c = w.before().get(k);
                if (c.first() > w.aux() && governors.prepBefore(v, c, m).isEmpty()) {
                    return Optional.of(c);
                }
            }
        }
        Optional<Candidate> o = w.after().stream()
                .filter(c -> c.first() - m.last() <= 6 && governors.prepBefore(v, c, m).isEmpty()).findFirst();
        int start = w.start();
        if (o.isEmpty() && start > 0 && g.is(v.lang(), Kind.REL_OBJ, v.norm(start - 1))) {
            for (int k = v.candidates().size() - 1; k >= 0; k--) {
                Candidate c = v.candidates().get(k);
                if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 8
                        && (other.isEmpty() || !other.get().equals(c))) {
                    return Optional.of(c);
                }
            }
        }
        return o.or(() -> ownerOfObject(v, m, w));
    }

    /** The first actor after one of the slot's prepositions, else such a place (not an actor) after the trigger. */
    private Optional<Candidate> prepositional(SentenceView v, TriggerMatch m, ArgumentWindow w, Slot slot,
            Optional<Candidate> other) {
        Optional<Candidate> a = w.after().stream()
                .filter(c -> governors.prepBefore(v, c, m).filter(slot.prepositions()::contains).isPresent())
                .findFirst();
        if (a.isPresent()) {
            return a;
        }
        return v.candidates().stream().filter(c -> c.actor().isEmpty() && c.place().isPresent()
                && c.first() > m.last() && c.first() - m.last() <= WINDOW)
                .filter(c -> other.isEmpty() || !other.get().equals(c))
                .filter(c -> governors.prepBefore(v, c, m).filter(slot.prepositions()::contains).isPresent())
                .findFirst();
    }

    /** The possessor: the actor right before the trigger (or its genitive, or a noun modifier), else right after. */
    private Optional<Candidate> possessor(SentenceView v, TriggerMatch m, ArgumentWindow w) {
        for (Candidate c : w.before()) {
            int gap = m.first() - c.last() - 1;
            boolean modifier = gap == 1 && m.entry().pos().equals("NOUN")
                    && (v.pos(c.last() + 1).equals("NOUN") || v.pos(c.last() + 1).equals("ADJ"));
            if (gap == 0 || gap == 1 && g.is(v.lang(), Kind.GEN_PREP, v.norm(c.last() + 1)) || modifier) {
                return Optional.of(c);
            }
        }
        return w.after().stream().filter(c -> c.first() - m.last() <= 2 && governors.prepBefore(v, c, m).isEmpty())
                .findFirst();
    }

    /**
     * The place: after a place preposition after the trigger, else before it (unless it locates an actor), else
     * the nearest place that is no actor.
     */
    private Optional<Candidate> place(SentenceView v, TriggerMatch m, ArgumentWindow w, Optional<Candidate> other) {
        // the holder of a summit is no place ("en Ouzbékistan pour participer au sommet de l'OCS")
        Optional<Candidate> p = w.after().stream().filter(c -> !governors.summitHolder(v, c))
                .filter(c -> governors.governedBy(v, c, m, Kind.PLACE_PREP)).findFirst();
        if (p.isPresent()) {
            return p;
        }
        // a place before the trigger that locates an actor ("the French military in Rwanda took part")
        // belongs to that actor's phrase, not to the act
        p = w.before().stream().filter(c -> !governors.locatesActor(v, c, m))
                .filter(c -> governors.governedBy(v, c, m, Kind.PLACE_PREP)).findFirst();
        if (p.isPresent()) {
            return p;
        }
        int h = m.head();
        return v.candidates().stream().filter(c -> c.place().isPresent() && c.actor().isEmpty())
                .filter(c -> c.first() > m.last() || !governors.locatesActor(v, c, m))
                .filter(c -> other.isEmpty() || !other.get().equals(c))
                .min((a, b) -> Integer.compare(Math.abs(a.first() - h), Math.abs(b.first() - h)));
    }

    /**
     * For a verb whose object is a noun that no actor fills, the actor that owns or performs it: "denied the
     * allegations by Kyiv", "a rejeté les accusations de Kiev". The owner follows a genitive or agent
     * preposition after a noun, with no verb in between.
     */
    private Optional<Candidate> ownerOfObject(SentenceView v, TriggerMatch m, ArgumentWindow w) {
        if (!m.entry().pos().equals("VERB")) {
            return Optional.empty();
        }
        for (Candidate c : w.after()) {
            if (c.first() - m.last() > 6) {
                break;
            }
            boolean noun = false;
            for (int i = m.last() + 1; i < c.first(); i++) {
                if (v.isVerb(i) || v.is(g, Kind.CLAUSE_BREAK, i)) {
                    return Optional.empty();
                }
                noun |= v.pos(i).equals("NOUN");
            }
            Optional<String> p = governors.prepBefore(v, c, m);
            if (noun && p.filter(x -> g.is(v.lang(), Kind.GEN_PREP, x) || g.is(v.lang(), Kind.AGENT_PREP, x)).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
