package org.caravan.events;

import org.caravan.events.Grammar.Kind;

/**
 * Whether a trigger is told as a future or a plan: a future ending or auxiliary ("will visit", "visitera",
 * "Scholz wird im Juni China besuchen"), a word of plan near it, or, in verb-final order, an auxiliary that closes
 * its clause ("dass Scholz China besuchen wird"). Stateless; thread-safe.
 */
final class FutureTense {

    private final Grammar g;
    private final ArgumentFinder clauses;

    FutureTense(Grammar grammar, ArgumentFinder clauses) {
        this.g = grammar;
        this.clauses = clauses;
    }

    /** A future auxiliary, or a verb with a future ending, at most ten words before a noun trigger in its scope. */
    boolean futureVerbBeforeNoun(SentenceView v, TriggerMatch m, int start) {
        String lang = v.lang();
        for (int i = m.first() - 1; i >= start && i >= m.first() - 10; i--) {
            boolean verbal = v.pos(i).equals("VERB") || v.pos(i).equals("AUX");
            if (verbal && v.is(g, Kind.FUTURE_AUX, i) || verbal && !v.lemma(i).equals(v.norm(i))
                    && g.endsWith(lang, Kind.FUTURE_SUFFIX, v.norm(i)) && !v.lemma(i).endsWith(v.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger is told as a future: by its ending, an auxiliary before it, or a word of plan. */
    boolean isFuture(SentenceView v, TriggerMatch m, int start, int end) {
        int h = m.head();
        if (v.isVerb(h) || v.pos(h).equals("X")) {
            String w = v.norm(h);
            String lemma = v.lemmatized(h) ? v.lemma(h) : m.entry().headWord();
            if (!lemma.equals(w) && g.endsWith(v.lang(), Kind.FUTURE_SUFFIX, w) && !lemma.endsWith(w)) {
                return true;
            }
        }
        if (auxiliaryBefore(v, m, start) || v.isVerb(h) && futureAuxGoverns(v, m, start)) {
            return true;
        }
        int reach = m.entry().pos().equals("NOUN") ? 8 : 4;
        for (int i = Math.max(start, m.first() - 4); i <= Math.min(end, m.last() + reach); i++) {
            if (!m.tokens().contains(i) && v.is(g, Kind.PLAN, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verb-final order (languages with PERFECT_AUX: German): a conditional, modal or future auxiliary that closes
     * the trigger's clause right after a verb makes the act conditional, intended or future ("dass die Truppen
     * nicht bleiben würden", "wo er Macron treffen will", "Gespräche mit Harris führen will", "dass Scholz China
     * besuchen wird"); "werden" after a participle is a passive, not a future. ASSERTED when there is none.
     */
    Modality closingAuxiliary(SentenceView v, TriggerMatch m, int end) {
        String lang = v.lang();
        if (!g.has(lang, Kind.PERFECT_AUX)) {
            return Modality.ASSERTED;
        }
        int reach = v.isVerb(m.head()) ? 2 : 10;
        for (int i = m.last() + 1; i <= Math.min(end, m.last() + reach); i++) {
            if (v.isPunct(i)) {
                break;
            }
            boolean closes = i == end || v.isPunct(i + 1) || v.is(g, Kind.COORD, i + 1);
            if (!closes || !v.isVerb(i - 1)) {
                continue;
            }
            String w = v.norm(i);
            if (g.is(lang, Kind.COND_AUX, w)) {
                return Modality.CONDITIONAL;
            }
            if (g.is(lang, Kind.INTENT, w)) {
                // a reported wish ("dass Berlin Kiew unterstützen will") is an intention; the programme of a trip
                // ("wo er Harris treffen will") is a plan, not coded (GUIDELINES.md)
                return reportedClause(v, m) ? Modality.INTENT : Modality.FUTURE;
            }
            if (g.is(lang, Kind.FUTURE_AUX, w) && v.lemma(i - 1).equals(v.norm(i - 1))) {
                return Modality.FUTURE;
            }
        }
        return Modality.ASSERTED;
    }

    /** A future auxiliary ("will", "wird") or "to" after a passive auxiliary ("is to", "is to be") just before. */
    private boolean auxiliaryBefore(SentenceView v, TriggerMatch m, int start) {
        String lang = v.lang();
        for (int i = Math.max(start, m.first() - 3); i < m.first(); i++) {
            // by form, not lemma: the past "wurde" has the lemma of the future auxiliary "werden" (a passive)
            if (g.is(lang, Kind.FUTURE_AUX, v.norm(i)) && !v.pos(i).equals("NOUN") && !v.pos(i).equals("PROPN")) {
                return true;
            }
            if (v.norm(i).equals("to") && i > 0 && g.is(lang, Kind.PASSIVE_AUX, v.norm(i - 1))) {
                return true;
            }
            if (v.norm(i).equals("to") && i > 1 && v.norm(i - 1).equals("be")
                    && g.is(lang, Kind.PASSIVE_AUX, v.norm(i - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A future auxiliary earlier in the clause with no other verb between it and the verb trigger: the verb-final
     * order of German ("Scholz wird im Juni China besuchen") as well as the adjacent one ("will visit"); not a
     * present passive ("wird ... besucht").
     */
    private boolean futureAuxGoverns(SentenceView v, TriggerMatch m, int start) {
        for (int i = m.first() - 1; i >= start; i--) {
            if (g.is(v.lang(), Kind.FUTURE_AUX, v.norm(i)) && v.pos(i).equals("AUX")) {
                // an auxiliary that is also a passive one ("wird") with a participle is a present passive
                return !v.is(g, Kind.PASSIVE_AUX, i) || v.lemma(m.head()).equals(v.norm(m.head()));
            }
            if (v.isVerb(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a subordinating word of the clause breaks (grammar.tsv CLAUSE_BREAK: "dass") opens the trigger's
     * clause, as in reported speech; a relative "wo" clause is no break and continues the report of a programme.
     */
    private boolean reportedClause(SentenceView v, TriggerMatch m) {
        int start = clauses.clauseStart(v, m.first());
        for (int i = Math.max(0, start - 1); i <= start && i < v.size(); i++) {
            if (!v.isPunct(i) && v.is(g, Kind.CLAUSE_BREAK, i)) {
                return true;
            }
        }
        return false;
    }
}
