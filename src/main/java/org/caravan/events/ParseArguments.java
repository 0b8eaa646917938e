package org.caravan.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.Grammar.Kind;

/**
 * Arguments from the dependency parse: the candidate whose phrase attaches to the trigger with the relation
 * a slot asks for (nsubj, obj, obl:agent, nmod:poss, obl/nmod with the slot's preposition). Stateless;
 * thread-safe.
 */
final class ParseArguments {

    private static final Set<String> NOMINAL = Set.of("conj", "appos", "flat", "flat:name", "compound", "nmod",
            "amod", "det", "nummod", "fixed", "cc");

    private final Grammar g;

    ParseArguments(Grammar grammar) {
        this.g = grammar;
    }

    Optional<Candidate> byParse(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        if (slot.kind() == Slot.Kind.PLACE) {
            return Optional.empty();
        }
        Optional<Candidate> own = byParseAt(v, m, slot, other);
        int h = m.head();
        String hr = v.rel(h);
        if (own.isEmpty() && slot.kind() == Slot.Kind.SUBJ && (hr.equals("conj") || hr.equals("xcomp"))
                && v.head(h) >= 0 && v.head(h) < v.size()) {
            TriggerMatch up = new TriggerMatch(m.entry(), v.head(h), List.of(v.head(h)));
            return byParseAt(v, up, slot, other);
        }
        return own;
    }

    private Optional<Candidate> byParseAt(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        for (Candidate c : v.candidates()) {
            if (other.isPresent() && other.get().equals(c) || !WindowArguments.usable(c, slot)) {
                continue;
            }
            int top = attachment(v, c, m, slot.kind() == Slot.Kind.PP || slot.kind() == Slot.Kind.GEN);
            if (top < 0) {
                continue;
            }
            String rel = v.rel(top);
            Set<String> cases = casesOf(v, top);
            boolean ok = switch (slot.kind()) {
                case SUBJ -> rel.equals("nsubj") || rel.equals("csubj");
                case AGENT -> rel.equals("obl:agent") || rel.startsWith("obl") && cases.stream()
                        .anyMatch(x -> g.is(v.lang(), Kind.AGENT_PREP, x));
                case OBJ -> rel.equals("obj") || rel.equals("iobj") && cases.isEmpty();
                case GEN -> rel.equals("nmod:poss") || rel.equals("amod") || rel.startsWith("nmod") && cases.isEmpty();
                case PP -> (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("iobj"))
                        && cases.stream().anyMatch(slot.prepositions()::contains);
                default -> false;
            };
            if (ok) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The token of the candidate's phrase that depends on the trigger, or -1. */
    private int attachment(SentenceView v, Candidate c, TriggerMatch m, boolean prepositional) {
        int cur = c.last();
        for (int i = c.first(); i <= c.last(); i++) {
            if (v.head(i) < c.first() || v.head(i) > c.last()) {
                cur = i;
                break;
            }
        }
        boolean crossed = false;
        int crossing = -1;
        for (int step = 0; step < 5 && cur >= 0; step++) {
            int parent = v.head(cur);
            if (parent < 0 || parent >= v.size()) {
                return -1;
            }
            if (m.tokens().contains(parent)) {
                // a prepositional slot is not filled through a prepositional modifier of another noun: the
                // preposition would be that noun's ("signed with the mediation of China", "the dispatch of tonnes
                // of material to Ukraine"); core arguments and agents are ("praised the friendship between
                // Russia and ...", "condemned by many countries, including Poland"); so is the modifier of the
                // verb's own object ("unterzeichnete ein Abkommen mit Kiew": the parse hangs "mit" on the noun)
                if (prepositional && crossed) {
                    return crossing >= 0 && v.head(crossing) == cur && v.rel(cur).equals("obj") ? crossing : -1;
                }
                return cur;
            }
            String r = v.rel(cur);
            if (!NOMINAL.contains(r) && !r.startsWith("nmod") && !r.startsWith("flat") && !r.startsWith("compound")) {
                return -1;
            }
            boolean here = r.startsWith("nmod") && !casesOf(v, cur).isEmpty() && !v.inMention(parent)
                    && !g.is(v.lang(), Kind.SKIP, v.norm(parent));
            crossing = here && !crossed ? cur : here ? -1 : crossing;
            crossed |= here;
            cur = parent;
        }
        return -1;
    }

    private static Set<String> casesOf(SentenceView v, int tok) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.head(i) == tok && (v.rel(i).equals("case") || v.rel(i).equals("mark"))) {
                out.add(v.norm(i));
                out.add(v.lemma(i));
            }
        }
        return out;
    }
}
