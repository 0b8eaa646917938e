package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * Arguments from word order within the clause, for sentences without a parse and for slots the parse leaves
 * empty: the nearest actor before the trigger that no preposition or other verb governs (subject), after it
 * (object), after one of the slot's prepositions, next to it (possessor), or a place. Stateless; thread-safe.
 */
final class WindowArguments {

    /** How many tokens after the trigger an argument may stand. */
    static final int WINDOW = 12;

    private final Grammar g;
    private final Clauses clauses;

    WindowArguments(Grammar grammar, Clauses clauses) {
        this.g = grammar;
        this.clauses = clauses;
    }

    Optional<Candidate> byWindow(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        int h = m.head();
        int start = clauses.clauseStart(v, m.first());
        int end = clauses.clauseEnd(v, m.last());
        List<Candidate> before = new ArrayList<>();
        List<Candidate> after = new ArrayList<>();
        for (Candidate c : v.candidates()) {
            if (other.isPresent() && other.get().equals(c) || !usable(c, slot)) {
                continue;
            }
            if (c.last() < m.first() && c.first() >= start) {
                before.add(0, c);
            } else if (c.first() > m.head() && !c.equals(headMention(v, m))
                    && c.first() <= end && c.first() - m.last() <= WINDOW) {
                after.add(c);
            }
        }
        switch (slot.kind()) {
            case SUBJ -> {
                if (m.entry().pos().equals("NOUN") && !supportVerb(v, m)) {
                    return subjectAfterFrontedAdjunct(v, m);
                }
                int aux = perfectAux(v, m, start);
                if (aux >= 0) {
                    return subjectAroundAux(v, m, before, aux);
                }
                int prev = m.first() - 1;
                if (prev >= 0 && v.pos(prev).equals("NOUN") && !v.inMention(prev) && clauses.isPassive(v, m)) {
                    return Optional.empty();
                }
                for (Candidate c : before) {
                    if (prepBefore(v, c, m).isEmpty() && !objectOfVerb(v, c, m)) {
                        return Optional.of(c);
                    }
                }
                for (Candidate c : before) {
                    if (prepBefore(v, c, m).filter(p -> g.is(v.lang(), Kind.GEN_PREP, p)).isPresent() && afterTitle(v, c)) {
                        return Optional.of(c);
                    }
                }
                if (start > 0 && g.is(v.lang(), Kind.REL_SUBJ, v.norm(start - 1)) && !pronounBefore(v, start, m.first())) {
                    for (int k = v.candidates().size() - 1; k >= 0; k--) {
                        Candidate c = v.candidates().get(k);
                        if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 3) {
                            return Optional.of(c);
                        }
                    }
                }
                Optional<Candidate> inverted = subjectAfterFiniteVerb(v, m, start, after);
                return inverted.isPresent() ? inverted : subjectAfterFrontedAdjunct(v, m);
            }
            case AGENT -> {
                Optional<Candidate> a = after.stream().filter(c -> prepBefore(v, c, m)
                        .filter(p -> g.is(v.lang(), Kind.AGENT_PREP, p)).isPresent()).findFirst();
                if (a.isEmpty() && g.has(v.lang(), Kind.PERFECT_AUX)) {
                    // verb-final passive: the agent stands before the participle ("wurde von Scholz empfangen")
                    a = before.stream().filter(c -> prepBefore(v, c, m).filter(p -> g.is(v.lang(), Kind.AGENT_PREP, p))
                            .isPresent()).findFirst();
                }
                return a.or(() -> clauses.caseAgent(v, m));
            }
            case OBJ -> {
                int aux = perfectAux(v, m, start);
                if (aux >= 0) {
                    for (int k = before.size() - 1; k >= 0; k--) {
                        Candidate c = before.get(k);
                        if (c.first() > aux && prepBefore(v, c, m).isEmpty()) {
                            return Optional.of(c);
                        }
                    }
                }
                Optional<Candidate> o = after.stream().filter(c -> c.first() - m.last() <= 6 && prepBefore(v, c, m).isEmpty())
                        .findFirst();
                if (o.isEmpty() && start > 0 && g.is(v.lang(), Kind.REL_OBJ, v.norm(start - 1))) {
                    for (int k = v.candidates().size() - 1; k >= 0; k--) {
                        Candidate c = v.candidates().get(k);
                        if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 8
                                && (other.isEmpty() || !other.get().equals(c))) {
                            return Optional.of(c);
                        }
                    }
                }
                return o.or(() -> ownerOfObject(v, m, after));
            }
            case PP -> {
                Optional<Candidate> a = after.stream().filter(c -> prepBefore(v, c, m).filter(slot.prepositions()::contains)
                        .isPresent()).findFirst();
                if (a.isPresent()) {
                    return a;
                }
                return v.candidates().stream().filter(c -> c.actor().isEmpty() && c.place().isPresent()
                        && c.first() > m.last() && c.first() - m.last() <= WINDOW)
                        .filter(c -> other.isEmpty() || !other.get().equals(c))
                        .filter(c -> prepBefore(v, c, m).filter(slot.prepositions()::contains).isPresent()).findFirst();
            }
            case GEN -> {
                for (Candidate c : before) {
                    int gap = m.first() - c.last() - 1;
                    boolean modifier = gap == 1 && m.entry().pos().equals("NOUN")
                            && (v.pos(c.last() + 1).equals("NOUN") || v.pos(c.last() + 1).equals("ADJ"));
                    if (gap == 0 || gap == 1 && g.is(v.lang(), Kind.GEN_PREP, v.norm(c.last() + 1)) || modifier) {
                        return Optional.of(c);
                    }
                }
                return after.stream().filter(c -> c.first() - m.last() <= 2 && prepBefore(v, c, m).isEmpty())
                        .findFirst();
            }
            case PLACE -> {
                // the holder of a summit is no place ("en Ouzbékistan pour participer au sommet de l'OCS")
                after.removeIf(c -> summitHolder(v, c));
                Optional<Candidate> p = after.stream().filter(c -> prepBefore(v, c, m)
                        .filter(x -> g.is(v.lang(), Kind.PLACE_PREP, x)).isPresent()).findFirst();
                if (p.isPresent()) {
                    return p;
                }
                // a place before the trigger that locates an actor ("the French military in Rwanda took part")
                // belongs to that actor's phrase, not to the act
                p = before.stream().filter(c -> !locatesActor(v, c, m)).filter(c -> prepBefore(v, c, m)
                        .filter(x -> g.is(v.lang(), Kind.PLACE_PREP, x)).isPresent()).findFirst();
                if (p.isPresent()) {
                    return p;
                }
                return v.candidates().stream().filter(c -> c.place().isPresent() && c.actor().isEmpty())
                        .filter(c -> c.first() > m.last() || !locatesActor(v, c, m))
                        .filter(c -> other.isEmpty() || !other.get().equals(c))
                        .min((a, b) -> Integer.compare(Math.abs(a.first() - h), Math.abs(b.first() - h)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * For a verb whose object is a noun that no actor fills, the actor that owns or performs it: "denied the
     * allegations by Kyiv", "a rejeté les accusations de Kiev". The owner follows a genitive or agent
     * preposition after a noun, with no verb in between.
     */
    private Optional<Candidate> ownerOfObject(SentenceView v, TriggerMatch m, List<Candidate> after) {
        if (!m.entry().pos().equals("VERB")) {
            return Optional.empty();
        }
        for (Candidate c : after) {
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
            Optional<String> p = prepBefore(v, c, m);
            if (noun && p.filter(x -> g.is(v.lang(), Kind.GEN_PREP, x) || g.is(v.lang(), Kind.AGENT_PREP, x)).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The mention that holds the trigger's head, if any (a trigger's later words may stand in a mention). */
    private static Candidate headMention(SentenceView v, TriggerMatch m) {
        for (Candidate c : v.candidates()) {
            if (c.first() <= m.head() && c.last() >= m.head()) {
                return c;
            }
        }
        return null;
    }

    /**
     * For a trigger in a fronted adjunct ("During talks with Erdogan, Scholz said...", "After meeting Tokayev, Xi
     * left", "Lors de sa visite, Xi a..."), the subject of the main clause after the comma: the first actor there
     * that no preposition governs.
     */
    private Optional<Candidate> subjectAfterFrontedAdjunct(SentenceView v, TriggerMatch m) {
        boolean adjunct = false;
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            adjunct |= (g.is(v.lang(), Kind.ADJUNCT_PREP, v.norm(i)) || g.is(v.lang(), Kind.FRONT_PREP, v.norm(i))) && i <= 1;
        }
        if (!adjunct) {
            return Optional.empty();
        }
        int comma = -1;
        for (int i = m.last() + 1; i < v.size() && i - m.last() <= WINDOW; i++) {
            if (v.norm(i).equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return Optional.empty();
        }
        for (Candidate c : v.candidates()) {
            if (c.first() > comma && c.first() - comma <= 4 && c.isActor()) {
                return prepBefore(v, c, null).isEmpty() ? Optional.of(c) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The perfect auxiliary of a verb-final clause ("Scholz hat am Freitag die Staatschefs ... empfangen"): a
     * PERFECT_AUX word (German) between the clause start and a verb trigger that ends its clause; -1 if none.
     */
    private int perfectAux(SentenceView v, TriggerMatch m, int start) {
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

    /**
     * The subject of a verb-final clause: the actor before the auxiliary nearest to it that no preposition governs
     * ("Scholz hat ... empfangen"), else, after a fronted adverbial, the first such actor right after the
     * auxiliary ("Am Freitag hat Scholz ... empfangen").
     */
    private Optional<Candidate> subjectAroundAux(SentenceView v, TriggerMatch m, List<Candidate> before, int aux) {
        for (Candidate c : before) {
            if (c.last() < aux && prepBefore(v, c, m).isEmpty()) {
                return Optional.of(c);
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Candidate c = before.get(k);
            if (c.first() > aux && c.first() - aux <= 3 && prepBefore(v, c, m).isEmpty()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Verb-second order after a fronted adverbial ("Bei dem Treffen forderte Scholz Peking auf", "Am Samstag traf
     * er ..."): in a language with PERFECT_AUX words (German), a verb trigger that does not open its clause and has
     * no subject before it takes the actor right after it that no preposition governs; a verb conjoined after
     * "und" keeps the earlier subject ("Minsk wies ... zurück und drohte der EU").
     */
    private Optional<Candidate> subjectAfterFiniteVerb(SentenceView v, TriggerMatch m, int start, List<Candidate> after) {
        if (m.entry().pos().equals("NOUN") || !g.has(v.lang(), Kind.PERFECT_AUX) || m.first() <= start
                || v.is(g, Kind.COORD, m.first() - 1) || v.isPunct(m.first() - 1)) {
            return Optional.empty();
        }
        return after.stream().filter(c -> c.first() - m.last() <= 2 && prepBefore(v, c, m).isEmpty()).findFirst();
    }

    /** Whether a subject pronoun stands between a relative word and the trigger ("which it called"). */
    private boolean pronounBefore(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.is(g, Kind.PRON_SUBJ, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place right after an actor and a place preposition, with another verb before the trigger: it locates the
     * actor, not the act ("the French military in Rwanda contributed to ... and took part"); with no verb in
     * between it may be the act's place ("ist Scholz in Peking empfangen worden").
     */
    private boolean locatesActor(SentenceView v, Candidate c, TriggerMatch m) {
        int prep = c.first() - 1;
        boolean verbBetween = false;
        for (int i = c.last() + 1; i < m.first() && !verbBetween; i++) {
            verbBetween = v.isVerb(i);
        }
        return verbBetween && prep > 0 && g.is(v.lang(), Kind.PLACE_PREP, v.norm(prep))
                && v.candidates().stream().anyMatch(o -> o.isActor() && o.last() == prep - 1);
    }

    /** Places stand for arguments only in the place slot; country names count as places there. */
    static boolean usable(Candidate c, Slot slot) {
        if (slot.kind() == Slot.Kind.PLACE) {
            return c.place().isPresent() || c.isCountry();
        }
        return c.isActor();
    }

    /** The preposition that governs the candidate, skipping determiners, titles and adjectives; m may be null. */
    Optional<String> prepBefore(SentenceView v, Candidate c, TriggerMatch m) {
        if (m != null && m.tokens().contains(c.first())) {
            return Optional.empty();
        }
        for (int i = c.first() - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            if (m != null && m.tokens().contains(i) || v.inMention(i) && v.pos(i).equals("PROPN")) {
                return Optional.empty();
            }
            if (v.is(g, Kind.SUMMIT_NOUN, i)) {
                continue;
            }
            if (g.is(v.lang(), Kind.PREP, v.norm(i))) {
                if (i > 0 && g.is(v.lang(), Kind.GEN_PREP, v.norm(i)) && holdsSummit(v, i - 1)) {
                    continue;
                }
                if (i > 0 && g.is(v.lang(), Kind.GEN_PREP, v.norm(i)) && g.is(v.lang(), Kind.PREP, v.norm(i - 1))
                        && (m == null || !m.tokens().contains(i - 1))) {
                    return Optional.of(v.norm(i - 1));
                }
                return Optional.of(v.norm(i));
            }
            if (g.is(v.lang(), Kind.SKIP, v.norm(i)) || v.pos(i).equals("DET") || v.pos(i).equals("ADJ")
                    || v.pos(i).equals("NUM") || v.pos(i).equals("NOUN") || v.pos(i).equals("PROPN")) {
                continue;
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a summit noun ends at i, an article or adjective at most before its genitive ("au sommet de l'OCS"). */
    private boolean holdsSummit(SentenceView v, int i) {
        return v.is(g, Kind.SUMMIT_NOUN, i);
    }

    /**
     * Whether the candidate is the organisation or format that holds a summit: right before or after a summit noun
     * ("the SCO summit", "саммит ШОС") or after its genitive preposition ("the summit of the CSTO", "au sommet de
     * l'OCS", "am Gipfel der NATO", "en la cumbre de la OTAN").
     */
    boolean summitHolder(SentenceView v, Candidate c) {
        // an organisation or format names itself (its code is its key); a person or body of a country does not
        if (!c.isActor() || !c.actor().get().key().filter(k -> k.equals(c.actor().get().code())).isPresent()) {
            return false;
        }
        if (c.last() + 1 < v.size() && v.is(g, Kind.SUMMIT_NOUN, c.last() + 1)
                || c.first() > 0 && v.is(g, Kind.SUMMIT_NOUN, c.first() - 1)) {
            return true;
        }
        for (int i = c.first() - 1, steps = 0; i > 0 && steps < 3; i--, steps++) {
            if (g.is(v.lang(), Kind.GEN_PREP, v.norm(i))) {
                return holdsSummit(v, i - 1);
            }
            if (!g.is(v.lang(), Kind.ARTICLE, v.norm(i)) && !v.pos(i).equals("DET")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the candidate's noun phrase is the object of a verb other than the trigger. */
    private boolean objectOfVerb(SentenceView v, Candidate c, TriggerMatch m) {
        for (int i = c.first() - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            if (m.tokens().contains(i)) {
                return false;
            }
            if (v.pos(i).equals("VERB")) {
                return true;
            }
            if (!(g.is(v.lang(), Kind.SKIP, v.norm(i)) || v.pos(i).equals("DET") || v.pos(i).equals("ADJ")
                    || v.pos(i).equals("NOUN") || v.pos(i).equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the preposition before the candidate follows a title ("le président de la Chine"). */
    private boolean afterTitle(SentenceView v, Candidate c) {
        for (int i = c.first() - 1, steps = 0; i > 0 && steps < 4; i--, steps++) {
            if (g.is(v.lang(), Kind.PREP, v.norm(i))) {
                return g.is(v.lang(), Kind.SKIP, v.norm(i - 1)) && !v.pos(i - 1).equals("DET");
            }
        }
        return false;
    }

    /**
     * Whether the subject of the clause takes part in a noun trigger: a verb stands just before it (support
     * verb: "a offert un soutien") or it is an adjunct of the clause ("lors de sa visite", "during a visit").
     */
    private boolean supportVerb(SentenceView v, TriggerMatch m) {
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 6; i--) {
            if (v.isVerb(i) || v.pos(i).equals("X") || g.is(v.lang(), Kind.ADJUNCT_PREP, v.norm(i))) {
                return true;
            }
        }
        return false;
    }
}
