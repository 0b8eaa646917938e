package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.Grammar.Kind;

/**
 * Finds the source and target of a trigger from its argument frame: from the dependency parse when the
 * sentence has one, else (and for every slot the parse leaves empty) from word order within the clause.
 * Passives ("a été accueilli par X") swap subject and agent; coordinated mentions ("X et Y") are all kept.
 * Stateless; thread-safe.
 */
final class ArgumentFinder {

    static final int WINDOW = 12;
    private static final Set<String> NOMINAL = Set.of("conj", "appos", "flat", "flat:name", "compound", "nmod",
            "amod", "det", "nummod", "fixed", "cc");

    private final Grammar g;

    ArgumentFinder(Grammar grammar) {
        this.g = grammar;
    }

    Arguments find(SentenceView v, TriggerMatch m) {
        int h = m.head();
        boolean passive = isPassive(v, m);
        List<Slot> src = m.entry().source();
        List<Slot> tgt = m.entry().target();
        if (passive) {
            src = swap(src, Slot.Kind.SUBJ, Slot.Kind.AGENT);
            tgt = swap(tgt, Slot.Kind.OBJ, Slot.Kind.SUBJ);
        }
        String[] how = new String[1];
        Optional<Candidate> s = resolve(v, m, src, Optional.empty(), how);
        String sourceHow = s.isPresent() ? how[0] : "";
        Optional<Candidate> t = resolve(v, m, tgt, s, how);
        String targetHow = t.isPresent() ? how[0] : "";
        List<Candidate> sources = s.map(c -> coordinated(v, c, h)).orElse(List.of());
        List<Candidate> targets = t.map(c -> coordinated(v, c, h)).orElse(List.of());
        if (!targets.isEmpty()) {
            sources = sources.stream().filter(c -> !targets.contains(c)).toList();
        }
        return new Arguments(sources, targets, sourceHow, targetHow, passive);
    }

    private static List<Slot> swap(List<Slot> slots, Slot.Kind from, Slot.Kind to) {
        return slots.stream().map(x -> x.kind() == from ? new Slot(to, Set.of()) : x).toList();
    }

    private Optional<Candidate> resolve(SentenceView v, TriggerMatch m, List<Slot> slots, Optional<Candidate> other,
                                        String[] how) {
        for (Slot slot : slots) {
            Optional<Candidate> c = v.parsed ? byParse(v, m, slot, other) : Optional.empty();
            if (c.isPresent()) {
                how[0] = "parse " + slot;
                return c;
            }
            c = byWindow(v, m, slot, other);
            if (c.isPresent()) {
                how[0] = "window " + slot;
                return c;
            }
        }
        return Optional.empty();
    }

    // ---- parse

    private Optional<Candidate> byParse(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        if (slot.kind() == Slot.Kind.PLACE) {
            return Optional.empty();
        }
        Optional<Candidate> own = byParseAt(v, m, slot, other);
        int h = m.head();
        String hr = v.rel[h] == null ? "" : v.rel[h];
        if (own.isEmpty() && slot.kind() == Slot.Kind.SUBJ && (hr.equals("conj") || hr.equals("xcomp"))
                && v.head[h] >= 0 && v.head[h] < v.size()) {
            TriggerMatch up = new TriggerMatch(m.entry(), v.head[h], java.util.List.of(v.head[h]));
            return byParseAt(v, up, slot, other);
        }
        return own;
    }

    private Optional<Candidate> byParseAt(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        for (Candidate c : v.candidates) {
            if (other.isPresent() && other.get().equals(c) || !usable(c, slot)) {
                continue;
            }
            int top = attachment(v, c, m);
            if (top < 0) {
                continue;
            }
            String rel = v.rel[top] == null ? "" : v.rel[top];
            Set<String> cases = casesOf(v, top);
            boolean ok = switch (slot.kind()) {
                case SUBJ -> rel.equals("nsubj") || rel.equals("csubj");
                case AGENT -> rel.equals("obl:agent") || rel.startsWith("obl") && cases.stream()
                        .anyMatch(x -> g.is(v.lang, Kind.AGENT_PREP, x));
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
    private static int attachment(SentenceView v, Candidate c, TriggerMatch m) {
        int cur = c.last();
        for (int i = c.first(); i <= c.last(); i++) {
            if (v.head[i] < c.first() || v.head[i] > c.last()) {
                cur = i;
                break;
            }
        }
        for (int step = 0; step < 5 && cur >= 0; step++) {
            int parent = v.head[cur];
            if (parent < 0 || parent >= v.size()) {
                return -1;
            }
            if (m.tokens().contains(parent)) {
                return cur;
            }
            String r = v.rel[cur] == null ? "" : v.rel[cur];
            if (!NOMINAL.contains(r) && !r.startsWith("nmod") && !r.startsWith("flat") && !r.startsWith("compound")) {
                return -1;
            }
            cur = parent;
        }
        return -1;
    }

    private Set<String> casesOf(SentenceView v, int tok) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.head[i] == tok && v.rel[i] != null && (v.rel[i].equals("case") || v.rel[i].equals("mark"))) {
                out.add(v.norm[i]);
                out.add(v.lemma[i]);
            }
        }
        return out;
    }

    // ---- word order

    private Optional<Candidate> byWindow(SentenceView v, TriggerMatch m, Slot slot, Optional<Candidate> other) {
        int h = m.head();
        int start = clauseStart(v, m.first());
        int end = clauseEnd(v, m.last());
        List<Candidate> before = new ArrayList<>();
        List<Candidate> after = new ArrayList<>();
        for (Candidate c : v.candidates) {
            if (other.isPresent() && other.get().equals(c) || !usable(c, slot)) {
                continue;
            }
            if (c.last() < m.first() && c.first() >= start) {
                before.add(0, c);
            } else if (c.first() > m.last() && c.first() <= end && c.first() - m.last() <= WINDOW) {
                after.add(c);
            }
        }
        switch (slot.kind()) {
            case SUBJ -> {
                if (m.entry().pos().equals("NOUN") && !supportVerb(v, m)) {
                    return Optional.empty();
                }
                for (Candidate c : before) {
                    if (prepBefore(v, c, m).isEmpty() && !objectOfVerb(v, c, m)) {
                        return Optional.of(c);
                    }
                }
                for (Candidate c : before) {
                    if (prepBefore(v, c, m).filter(p -> g.is(v.lang, Kind.GEN_PREP, p)).isPresent() && afterTitle(v, c)) {
                        return Optional.of(c);
                    }
                }
                if (start > 0 && g.is(v.lang, Kind.REL_SUBJ, v.norm[start - 1])) {
                    for (int k = v.candidates.size() - 1; k >= 0; k--) {
                        Candidate c = v.candidates.get(k);
                        if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 3) {
                            return Optional.of(c);
                        }
                    }
                }
                return Optional.empty();
            }
            case AGENT -> {
                return after.stream().filter(c -> prepBefore(v, c, m).filter(p -> g.is(v.lang, Kind.AGENT_PREP, p))
                        .isPresent()).findFirst();
            }
            case OBJ -> {
                Optional<Candidate> o = after.stream().filter(c -> c.first() - m.last() <= 6 && prepBefore(v, c, m).isEmpty())
                        .findFirst();
                if (o.isEmpty() && start > 0 && g.is(v.lang, Kind.REL_OBJ, v.norm[start - 1])) {
                    for (int k = v.candidates.size() - 1; k >= 0; k--) {
                        Candidate c = v.candidates.get(k);
                        if (c.isActor() && c.last() < start - 1 && start - 1 - c.last() <= 8
                                && (other.isEmpty() || !other.get().equals(c))) {
                            return Optional.of(c);
                        }
                    }
                }
                return o;
            }
            case PP -> {
                Optional<Candidate> a = after.stream().filter(c -> prepBefore(v, c, m).filter(slot.prepositions()::contains)
                        .isPresent()).findFirst();
                if (a.isPresent()) {
                    return a;
                }
                return v.candidates.stream().filter(c -> c.actor().isEmpty() && c.place().isPresent()
                        && c.first() > m.last() && c.first() - m.last() <= WINDOW)
                        .filter(c -> other.isEmpty() || !other.get().equals(c))
                        .filter(c -> prepBefore(v, c, m).filter(slot.prepositions()::contains).isPresent()).findFirst();
            }
            case GEN -> {
                for (Candidate c : before) {
                    int gap = m.first() - c.last() - 1;
                    if (gap == 0 || gap == 1 && g.is(v.lang, Kind.GEN_PREP, v.norm[c.last() + 1])) {
                        return Optional.of(c);
                    }
                }
                return after.stream().filter(c -> c.first() - m.last() <= 2 && prepBefore(v, c, m).isEmpty())
                        .findFirst();
            }
            case PLACE -> {
                Optional<Candidate> p = after.stream().filter(c -> prepBefore(v, c, m)
                        .filter(x -> g.is(v.lang, Kind.PLACE_PREP, x)).isPresent()).findFirst();
                if (p.isPresent()) {
                    return p;
                }
                p = before.stream().filter(c -> prepBefore(v, c, m)
                        .filter(x -> g.is(v.lang, Kind.PLACE_PREP, x)).isPresent()).findFirst();
                if (p.isPresent()) {
                    return p;
                }
                return v.candidates.stream().filter(c -> c.place().isPresent() && c.actor().isEmpty())
                        .filter(c -> other.isEmpty() || !other.get().equals(c))
                        .min((a, b) -> Integer.compare(Math.abs(a.first() - h), Math.abs(b.first() - h)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Places stand for arguments only in the place slot; country names count as places there. */
    private static boolean usable(Candidate c, Slot slot) {
        if (slot.kind() == Slot.Kind.PLACE) {
            return c.place().isPresent() || c.isCountry();
        }
        return c.isActor();
    }

    /** The preposition that governs the candidate, skipping determiners, titles and adjectives; m may be null. */
    Optional<String> prepBefore(SentenceView v, Candidate c, TriggerMatch m) {
        for (int i = c.first() - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            if (m != null && m.tokens().contains(i)) {
                return Optional.empty();
            }
            if (g.is(v.lang, Kind.PREP, v.norm[i])) {
                if (i > 0 && g.is(v.lang, Kind.GEN_PREP, v.norm[i]) && g.is(v.lang, Kind.PREP, v.norm[i - 1])
                        && (m == null || !m.tokens().contains(i - 1))) {
                    return Optional.of(v.norm[i - 1]);
                }
                return Optional.of(v.norm[i]);
            }
            if (g.is(v.lang, Kind.SKIP, v.norm[i]) || v.pos[i].equals("DET") || v.pos[i].equals("ADJ")
                    || v.pos[i].equals("NUM") || v.pos[i].equals("NOUN") || v.pos[i].equals("PROPN")) {
                continue;
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the candidate's noun phrase is the object of a verb other than the trigger. */
    private boolean objectOfVerb(SentenceView v, Candidate c, TriggerMatch m) {
        for (int i = c.first() - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            if (m.tokens().contains(i)) {
                return false;
            }
            if (v.pos[i].equals("VERB")) {
                return true;
            }
            if (!(g.is(v.lang, Kind.SKIP, v.norm[i]) || v.pos[i].equals("DET") || v.pos[i].equals("ADJ")
                    || v.pos[i].equals("NOUN") || v.pos[i].equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the preposition before the candidate follows a title ("le président de la Chine"). */
    private boolean afterTitle(SentenceView v, Candidate c) {
        for (int i = c.first() - 1, steps = 0; i > 0 && steps < 4; i--, steps++) {
            if (g.is(v.lang, Kind.PREP, v.norm[i])) {
                return g.is(v.lang, Kind.SKIP, v.norm[i - 1]) && !v.pos[i - 1].equals("DET");
            }
        }
        return false;
    }

    /**
     * Whether the subject of the clause takes part in a noun trigger: a verb stands just before it (support
     * verb: "a offert un soutien") or it is an adjunct of the clause ("lors de sa visite", "during a visit").
     */
    private boolean supportVerb(SentenceView v, TriggerMatch m) {
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 4; i--) {
            if (v.isVerb(i) || v.pos[i].equals("X") || g.is(v.lang, Kind.ADJUNCT_PREP, v.norm[i])) {
                return true;
            }
        }
        return false;
    }

    int clauseStart(SentenceView v, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (isBreak(v, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    int clauseEnd(SentenceView v, int from) {
        for (int i = from + 1; i < v.size(); i++) {
            if (isBreak(v, i)) {
                return i - 1;
            }
        }
        return v.size() - 1;
    }

    private boolean isBreak(SentenceView v, int i) {
        return !v.inMention[i] && g.is(v.lang, Kind.CLAUSE_BREAK, v.norm[i]);
    }

    /**
     * The candidate with the mentions coordinated to it ("X et Y", "X, Y and Z"). A comma alone joins two
     * mentions only inside a list that a coordinating word closes.
     */
    List<Candidate> coordinated(SentenceView v, Candidate c, int trigger) {
        int idx = v.candidates.indexOf(c);
        List<Candidate> chain = new ArrayList<>();
        List<Integer> joins = new ArrayList<>();
        chain.add(c);
        Candidate cur = c;
        for (int k = idx - 1; k >= 0; k--) {
            Candidate prev = v.candidates.get(k);
            if (prev.last() >= cur.first() || !prev.isActor() && c.isActor()) {
                continue;
            }
            int j = joined(v, prev.last() + 1, cur.first() - 1);
            if (j == 0 || (prev.last() < trigger) != (cur.last() < trigger)) {
                break;
            }
            chain.add(0, prev);
            joins.add(0, j);
            cur = prev;
        }
        int at = chain.size() - 1;
        cur = c;
        for (int k = idx + 1; k < v.candidates.size(); k++) {
            Candidate next = v.candidates.get(k);
            if (next.first() <= cur.last() || !next.isActor() && c.isActor()) {
                continue;
            }
            int j = joined(v, cur.last() + 1, next.first() - 1);
            if (j == 0 || (cur.last() < trigger) != (next.last() < trigger)) {
                break;
            }
            chain.add(next);
            joins.add(j);
            cur = next;
        }
        int lastWord = joins.lastIndexOf(2);
        if (lastWord < 0) {
            return List.of(c);
        }
        List<Candidate> kept = chain.subList(0, lastWord + 2);
        return at <= lastWord + 1 ? List.copyOf(kept) : List.of(c);
    }

    /** 0 when the tokens do not join two mentions, 1 when only a comma does, 2 when a coordinating word does. */
    private int joined(SentenceView v, int from, int to) {
        if (to < from || to - from > 5) {
            return 0;
        }
        int kind = 0;
        for (int i = from; i <= to; i++) {
            if (g.is(v.lang, Kind.COORD, v.norm[i])) {
                kind = Math.max(kind, v.norm[i].equals(",") ? 1 : 2);
            } else if (!(g.is(v.lang, Kind.SKIP, v.norm[i]) || v.pos[i].equals("DET") || v.pos[i].equals("ADJ"))) {
                return 0;
            }
        }
        return kind;
    }

    boolean isPassive(SentenceView v, TriggerMatch m) {
        int h = m.head();
        if (v.parsed) {
            for (int i = 0; i < v.size(); i++) {
                if (v.head[i] == h && v.rel[i] != null && (v.rel[i].equals("aux:pass") || v.rel[i].equals("nsubj:pass"))) {
                    return true;
                }
            }
        }
        if (!m.entry().pos().equals("VERB") && !m.entry().pos().equals("ANY")) {
            return false;
        }
        if (v.isVerb(h)) {
            for (int i = h + 1; i < Math.min(v.size(), h + 3); i++) {
                if (g.is(v.lang, Kind.AGENT_PREP, v.norm[i]) && !v.lemma[h].equals(v.norm[h])) {
                    return true;
                }
            }
        }
        boolean aux = false;
        for (int i = Math.max(0, h - 3); i < h; i++) {
            if (g.is(v.lang, Kind.PASSIVE_AUX, v.norm[i])) {
                aux = true;
            }
        }
        if (!aux) {
            return false;
        }
        for (int i = Math.max(0, h - 3); i < h; i++) {
            if (v.norm[i].equals("se")) {
                return false;
            }
        }
        int end = Math.min(v.size() - 1, h + 4);
        for (int i = h + 1; i <= end; i++) {
            if (g.is(v.lang, Kind.AGENT_PREP, v.norm[i])) {
                return true;
            }
            if (isBreak(v, i)) {
                break;
            }
        }
        return false;
    }
}
