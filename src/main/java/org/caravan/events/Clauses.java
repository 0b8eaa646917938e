package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import org.caravan.events.Grammar.Kind;

/**
 * Clause structure read from word order: clause bounds (between the clause-break words of grammar.tsv),
 * coordinated mentions ("X et Y", "X, Y and Z") and passive voice. Stateless; thread-safe.
 */
final class Clauses {

    private final Grammar g;

    Clauses(Grammar grammar) {
        this.g = grammar;
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

    boolean isBreak(SentenceView v, int i) {
        return !v.inMention(i) && g.is(v.lang(), Kind.CLAUSE_BREAK, v.norm(i));
    }

    /**
     * The candidate with the mentions coordinated to it ("X et Y", "X, Y and Z"). A comma alone joins two
     * mentions only inside a list that a coordinating word closes.
     */
    List<Candidate> coordinated(SentenceView v, Candidate c, int trigger) {
        int idx = v.candidates().indexOf(c);
        List<Candidate> chain = new ArrayList<>();
        List<Integer> joins = new ArrayList<>();
        chain.add(c);
        Candidate cur = c;
        for (int k = idx - 1; k >= 0; k--) {
            Candidate prev = v.candidates().get(k);
            boolean hyphen = hyphenated(v, prev, cur);
            if (!hyphen && prev.last() >= cur.first() || !prev.isActor() && c.isActor()) {
                continue;
            }
            int j = hyphen ? 2 : joined(v, prev.last() + 1, cur.first() - 1);
            if (j == 0 || (prev.last() < trigger) != (cur.last() < trigger)) {
                break;
            }
            chain.add(0, prev);
            joins.add(0, j);
            cur = prev;
        }
        int at = chain.size() - 1;
        cur = c;
        for (int k = idx + 1; k < v.candidates().size(); k++) {
            Candidate next = v.candidates().get(k);
            boolean hyphen = hyphenated(v, cur, next);
            if (!hyphen && next.first() <= cur.last() || !next.isActor() && c.isActor()) {
                continue;
            }
            int j = hyphen ? 2 : joined(v, cur.last() + 1, next.first() - 1);
            if (j == 0 || (cur.last() < trigger) != (next.last() < trigger)) {
                break;
            }
            chain.add(next);
            joins.add(j);
            cur = next;
        }
        int lastWord = joins.lastIndexOf(2);
        if (lastWord < 0) {
            return asyndetic(v, chain, trigger) ? List.copyOf(chain) : List.of(c);
        }
        List<Candidate> kept = chain.subList(0, lastWord + 2);
        return at <= lastWord + 1 ? List.copyOf(kept) : List.of(c);
    }

    /**
     * Whether a list joined by commas alone is the subject that opens its clause right before the verb, as
     * headlines write it ("Ethiopia, Eritrea sign peace agreement", "Moscou, Pékin signent un accord"): only
     * determiners before the first mention, and at most two adverbs or auxiliaries between the last and the verb.
     */
    private boolean asyndetic(SentenceView v, List<Candidate> chain, int trigger) {
        Candidate first = chain.get(0);
        Candidate last = chain.get(chain.size() - 1);
        if (chain.size() < 2 || last.last() >= trigger || trigger - last.last() > 3) {
            return false;
        }
        for (int i = clauseStart(v, first.first()); i < first.first(); i++) {
            if (!v.pos(i).equals("DET") && !g.is(v.lang(), Kind.SKIP, v.norm(i))) {
                return false;
            }
        }
        for (int i = last.last() + 1; i < trigger; i++) {
            if (!v.pos(i).equals("ADV") && !v.pos(i).equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Whether two actor mentions are joined by a hyphen or slash only ("US-China talks", "Russian-Ukrainian"). */
    private static boolean hyphenated(SentenceView v, Candidate a, Candidate b) {
        int from = a.mention().span().end();
        int to = b.mention().span().start();
        if (!a.isActor() || !b.isActor() || to <= from || to - from > 3) {
            return false;
        }
        String between = v.doc().text().substring(from, to).strip();
        return between.equals("-") || between.equals("–") || between.equals("/");
    }

    /** 0 when the tokens do not join two mentions, 1 when only a comma does, 2 when a coordinating word does. */
    private int joined(SentenceView v, int from, int to) {
        if (to < from || to - from > 5) {
            return 0;
        }
        int kind = 0;
        for (int i = from; i <= to; i++) {
            if (g.is(v.lang(), Kind.COORD, v.norm(i))) {
                kind = Math.max(kind, v.norm(i).equals(",") ? 1 : 2);
            } else if (kind == 2 && g.is(v.lang(), Kind.GEN_PREP, v.norm(i)) && g.is(v.lang(), Kind.COORD, v.norm(i - 1))) {
                continue; // the genitive repeated after the conjunction: "les présidents du Kazakhstan et de l'Ouzbékistan"
            } else if (!(g.is(v.lang(), Kind.SKIP, v.norm(i)) || v.pos(i).equals("DET") || v.pos(i).equals("ADJ"))) {
                return 0;
            }
        }
        return kind;
    }

    /**
     * A passive by the parse: the trigger has a passive subject or auxiliary, and an auxiliary that is a passive
     * one in the grammar (a parser may call "hat ... empfangen" passive; "hat" is no passive auxiliary). An
     * auxiliary that is also a future one ("wird") makes a passive only with a participle, not an infinitive
     * (a form that is its own lemma): "wird besucht" is passive, "wird besuchen" is not.
     */
    private boolean parsedPassive(SentenceView v, int h) {
        boolean marked = false;
        boolean passiveAux = false;
        for (int i = 0; i < v.size(); i++) {
            if (v.head(i) != h) {
                continue;
            }
            String rel = v.rel(i);
            marked |= rel.equals("aux:pass") || rel.equals("nsubj:pass");
            if ((rel.equals("aux:pass") || rel.equals("aux")) && g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(i))) {
                boolean future = g.is(v.lang(), Kind.FUTURE_AUX, v.norm(i));
                passiveAux |= !future || !v.lemma(h).equals(v.norm(h));
            }
        }
        return marked && passiveAux;
    }

    boolean isPassive(SentenceView v, TriggerMatch m) {
        int h = m.head();
        if (v.parsed() && parsedPassive(v, h)) {
            return true;
        }
        if (!m.entry().pos().equals("VERB") && !m.entry().pos().equals("ANY")) {
            return false;
        }
        if (verbFinalPassive(v, m) || caseAgentPassive(v, m) || participleAfterPassiveAux(v, m)) {
            return true;
        }
        if (v.isVerb(h)) {
            for (int i = h + 1; i < Math.min(v.size(), h + 3); i++) {
                if (g.is(v.lang(), Kind.AGENT_PREP, v.norm(i)) && i > m.last()
                        && !v.lemma(h).equals(v.norm(h))) {
                    return true;
                }
            }
        }
        boolean aux = false;
        for (int i = Math.max(0, h - 3); i < h; i++) {
            if (g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(i))) {
                aux = true;
            }
        }
        if (!aux) {
            return false;
        }
        for (int i = Math.max(0, h - 3); i < h; i++) {
            if (v.norm(i).equals("se")) {
                return false;
            }
        }
        // the agent may stand after adverbials and a place ("a été reçu la veille à l'Elysée par son homologue"),
        // not past another verb
        int end = Math.min(v.size() - 1, h + 8);
        for (int i = h + 1; i <= end; i++) {
            if (g.is(v.lang(), Kind.AGENT_PREP, v.norm(i)) && i > m.last()) {
                return true;
            }
            if (isBreak(v, i) || i > m.last() && v.isVerb(i) || i > h + 4 && v.isPunct(i)) {
                break;
            }
        }
        return false;
    }

    /**
     * A passive of a verb-final clause (languages with PERFECT_AUX words: German): a passive auxiliary earlier in
     * the clause, an agent preposition between it and the trigger, and the trigger closing the clause or followed by
     * a passive auxiliary ("Tokajew wurde am Montag von Scholz empfangen", "ist von Scholz empfangen worden",
     * "..., der von Scholz empfangen wurde").
     */
    private boolean verbFinalPassive(SentenceView v, TriggerMatch m) {
        if (!g.has(v.lang(), Kind.PERFECT_AUX)) {
            return false;
        }
        int next = m.last() + 1;
        if (next < v.size() && !v.isPunct(next) && !isBreak(v, next) && !g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(next))) {
            return false;
        }
        int start = clauseStart(v, m.first());
        boolean agent = false;
        for (int i = m.first() - 1; i >= start; i--) {
            agent |= g.is(v.lang(), Kind.AGENT_PREP, v.norm(i));
            if (g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(i))) {
                return agent || g.is(v.lang(), Kind.PASSIVE_ONLY_AUX, v.norm(i));
            }
        }
        return next < v.size() && (agent && g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(next))
                || g.is(v.lang(), Kind.PASSIVE_ONLY_AUX, v.norm(next)));
    }

    /**
     * A participle right after an auxiliary that only makes passives ({@code PASSIVE_ONLY_AUX}: "was greeted",
     * "a été accueilli", "fue recibido"), with no agent phrase needed: the participle's form differs from its lemma.
     */
    private boolean participleAfterPassiveAux(SentenceView v, TriggerMatch m) {
        int h = m.head();
        // a progressive ("was visiting") is no participle: forms with a VERBAL_NOUN ending are left out
        if (!v.lemmatized(h) || v.lemma(h).equals(v.norm(h)) || !v.isVerb(h) || g.endsWith(v.lang(), Kind.VERBAL_NOUN, v.norm(h))) {
            return false;
        }
        for (int i = Math.max(0, m.first() - 2); i < m.first(); i++) {
            if (g.is(v.lang(), Kind.PASSIVE_ONLY_AUX, v.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A passive whose agent is marked by case, not by a preposition (languages with AGENT_CASE endings: Russian
     * instrumental): a passive auxiliary just before the trigger or a short passive participle (PASSIVE_SUFFIX), and
     * an actor in the agent case after it ("Токаев был принят Путиным").
     */
    private boolean caseAgentPassive(SentenceView v, TriggerMatch m) {
        if (!g.has(v.lang(), Kind.AGENT_CASE)) {
            return false;
        }
        boolean aux = false;
        for (int i = Math.max(0, m.first() - 2); i < m.first(); i++) {
            aux |= g.is(v.lang(), Kind.PASSIVE_AUX, v.norm(i));
        }
        if (!aux && !g.endsWith(v.lang(), Kind.PASSIVE_SUFFIX, v.norm(m.head()))) {
            return false;
        }
        return caseAgent(v, m).isPresent();
    }

    /** The first actor after the trigger, within four words and with no preposition, in the agent case. */
    java.util.Optional<Candidate> caseAgent(SentenceView v, TriggerMatch m) {
        for (Candidate c : v.candidates()) {
            if (c.isActor() && c.first() > m.last() && c.first() - m.last() <= 4
                    && !g.is(v.lang(), Kind.PREP, v.norm(c.first() - 1))) {
                String w = v.norm(c.last());
                for (String s : g.get(v.lang(), Kind.AGENT_CASE)) {
                    if (w.length() > s.length() + 2 && w.endsWith(s)) {
                        return java.util.Optional.of(c);
                    }
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
