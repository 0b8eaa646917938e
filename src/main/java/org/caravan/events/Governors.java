package org.caravan.events;

import java.util.Optional;
import org.caravan.events.Grammar.Kind;

/**
 * What governs a candidate's noun phrase by word order: the preposition before it, a verb other than the trigger,
 * a title, a summit it holds, or an actor it locates. Stateless; thread-safe.
 */
final class Governors {

    private final Grammar g;

    Governors(Grammar grammar) {
        this.g = grammar;
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

    /** Whether the preposition before the candidate is one of the kind (grammar.tsv). */
    boolean governedBy(SentenceView v, Candidate c, TriggerMatch m, Kind kind) {
        return prepBefore(v, c, m).filter(p -> g.is(v.lang(), kind, p)).isPresent();
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
    boolean objectOfVerb(SentenceView v, Candidate c, TriggerMatch m) {
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
    boolean afterTitle(SentenceView v, Candidate c) {
        for (int i = c.first() - 1, steps = 0; i > 0 && steps < 4; i--, steps++) {
            if (g.is(v.lang(), Kind.PREP, v.norm(i))) {
                return g.is(v.lang(), Kind.SKIP, v.norm(i - 1)) && !v.pos(i - 1).equals("DET");
            }
        }
        return false;
    }

    /**
     * A place right after an actor and a place preposition, with another verb before the trigger: it locates the
     * actor, not the act ("the French military in Rwanda contributed to ... and took part"); with no verb in
     * between it may be the act's place ("ist Scholz in Peking empfangen worden").
     */
    boolean locatesActor(SentenceView v, Candidate c, TriggerMatch m) {
        int prep = c.first() - 1;
        boolean verbBetween = false;
        for (int i = c.last() + 1; i < m.first() && !verbBetween; i++) {
            verbBetween = v.isVerb(i);
        }
        return verbBetween && prep > 0 && g.is(v.lang(), Kind.PLACE_PREP, v.norm(prep))
                && v.candidates().stream().anyMatch(o -> o.isActor() && o.last() == prep - 1);
    }

    /** Whether a summit noun ends at i, an article or adjective at most before its genitive ("au sommet de l'OCS"). */
    private boolean holdsSummit(SentenceView v, int i) {
        return v.is(g, Kind.SUMMIT_NOUN, i);
    }
}
