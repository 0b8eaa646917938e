package org.caravan.events;

import org.caravan.events.Grammar.Kind;
import org.caravan.events.ModalCues.Cue;

/**
 * Decides the modality of a trigger from the words around it (grammar.tsv, modality.tsv): refusal, negation,
 * question, conditional, hedge, request, expressed intention (also announced aid: "announced $300 million in
 * aid", coded 033, for the codes of the codebook's {@code announced-intent} trait; an agreement or plan to act:
 * "agreed to sign"), future or plan. Precedence: refused, negated,
 * question, conditional, hedged, requested, intent, future. Which code each modality gives is events/intent.tsv
 * ({@link ModalCodes}). Stateless; thread-safe.
 */
final class ModalityDetector {

    private final Grammar g;
    private final ModalCues cues;
    private final ArgumentFinder clauses;

    ModalityDetector(Grammar grammar, ModalCues cues, ArgumentFinder clauses) {
        this.g = grammar;
        this.cues = cues;
        this.clauses = clauses;
    }

    Modality of(SentenceView v, TriggerMatch m) {
        int h = m.head();
        int first = m.first();
        int start = scopeStart(v, first, clauses.clauseStart(v, first));
        int end = scopeEnd(v, m.last(), clauses.clauseEnd(v, m.last()));
        String lang = v.lang();
        boolean noun = m.entry().pos().equals("NOUN");
        for (int i = Math.max(start, first - 8); i < first; i++) {
            if (v.is(g, Kind.NEG_VERB, i) || cues.is(v, Cue.REFUSE, i)) {
                return Modality.REFUSED;
            }
        }
        for (int i = Math.max(start, first - (noun ? 2 : 4)); i <= Math.min(end, m.last() + 1); i++) {
            if (!m.tokens().contains(i) && v.is(g, Kind.NEG, i) && (i < h || g.is(lang, Kind.NEG, "ne"))) {
                if (i < h || hasBefore(v, Kind.NEG, Math.max(start, first - 3), first)) {
                    return Modality.NEGATED;
                }
            }
        }
        for (int i = Math.max(start, first - 2); i < first; i++) {
            if (v.is(g, Kind.NEG_DET, i)) {
                return Modality.NEGATED;
            }
        }
        String text = v.text().strip().replaceAll("[»”\"'\\s]+$", "");
        if (text.endsWith("?")) {
            return Modality.QUESTION;
        }
        for (int i = Math.max(start, first - 3); i < first; i++) {
            if (v.is(g, Kind.COND_AUX, i) && !v.is(g, Kind.COND_WORD, i)) {
                return Modality.CONDITIONAL;
            }
        }
        int verb = noun ? governingVerb(v, m, start) : -1;
        for (int i = Math.max(start, first - 3); i <= h; i++) {
            if ((i == h || v.isVerb(i) || v.pos(i).equals("X")) && g.endsWith(lang, Kind.COND_SUFFIX, v.norm(i))
                    && !v.lemma(i).equals(v.norm(i))) {
                return Modality.CONDITIONAL;
            }
        }
        if (verb >= 0 && g.endsWith(lang, Kind.COND_SUFFIX, v.norm(verb)) && !v.lemma(verb).equals(v.norm(verb))) {
            return Modality.CONDITIONAL;
        }
        for (int i = start; i < first; i++) {
            if (v.is(g, Kind.COND_WORD, i) && (i == start || v.norm(i - 1).equals(","))) {
                return Modality.CONDITIONAL;
            }
        }
        for (int i = start; i <= end; i++) {
            if (v.is(g, Kind.HEDGE, i)) {
                return Modality.HEDGED;
            }
        }
        if (isClaimed(v, m)) {
            return Modality.HEDGED;
        }
        int act = actStart(v, m, start);
        if (act >= 0 && requestingVerb(v, act, start) >= 0) {
            return Modality.REQUESTED;
        }
        if (governedBy(v, m, start, Cue.DECIDE_VERB)) {
            return Modality.DECIDED;
        }
        if (governedBy(v, m, start, Cue.INTENT_VERB)) {
            return Modality.INTENT;
        }
        Modality closing = closingAuxiliary(v, m, end);
        if (closing != Modality.ASSERTED) {
            return closing;
        }
        boolean aid = noun && Codebook.standard().is(m.entry().code(), Codebook.Trait.ANNOUNCED_INTENT);
        for (int i = Math.max(start, first - 6); i < first; i++) {
            if (v.is(g, Kind.INTENT, i) || aid && v.is(g, Kind.ANNOUNCE, i)) {
                return Modality.INTENT;
            }
        }
        if (noun) {
            for (int i = m.first() - 1; i >= start && i >= m.first() - 10; i--) {
                boolean verbal = v.pos(i).equals("VERB") || v.pos(i).equals("AUX");
                if (verbal && v.is(g, Kind.FUTURE_AUX, i) || verbal && !v.lemma(i).equals(v.norm(i))
                        && g.endsWith(lang, Kind.FUTURE_SUFFIX, v.norm(i)) && !v.lemma(i).endsWith(v.norm(i))) {
                    return Modality.FUTURE;
                }
            }
        }
        return isFuture(v, m, start, end) ? Modality.FUTURE : Modality.ASSERTED;
    }

    /**
     * Where the trigger's modal scope starts: after a coordinator that joins a clause with its own subject and
     * verb to the clause before ("Macron reportedly met Xi, and Scholz visited Beijing": the hedge does not reach
     * the visit; "Paris did not condemn Moscow and Berlin criticised it").
     */
    private int scopeStart(SentenceView v, int first, int start) {
        for (int j = first - 1; j > start; j--) {
            if (joinsClauses(v, j, start)) {
                return j + 1;
            }
        }
        return start;
    }

    /** Where the trigger's modal scope ends: before a coordinator that opens another clause. */
    private int scopeEnd(SentenceView v, int last, int end) {
        for (int j = last + 1; j < end; j++) {
            if (joinsClauses(v, j, last)) {
                return j - 1;
            }
        }
        return end;
    }

    /**
     * Whether the coordinator at j ("and", "et", "и", "und", "y", not a comma) joins two clauses: a verb stands
     * between {@code from} and it, and after it comes a subject (an actor or a subject pronoun) and then a verb.
     */
    private boolean joinsClauses(SentenceView v, int j, int from) {
        if (v.inMention(j) || v.norm(j).equals(",") || !v.is(g, Kind.COORD, j) || !anyVerb(v, from, j)) {
            return false;
        }
        int k = j + 1;
        while (k < v.size() && (v.pos(k).equals("DET") || v.is(g, Kind.SKIP, k))) {
            k++;
        }
        if (k >= v.size() || !(v.inMention(k) || v.is(g, Kind.PRON_SUBJ, k))) {
            return false;
        }
        while (k < v.size() && v.inMention(k)) {
            k++;
        }
        for (int i = k; i < Math.min(v.size(), k + 4); i++) {
            if (v.isVerb(i) && !infinitive(v, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at i is an infinitive after its marker or by its ending ("appelé la Russie et l'Ukraine à
     * reprendre", "exhortó a Rusia y Ucrania a negociar": no clause of their own).
     */
    private boolean infinitive(SentenceView v, int i) {
        return i > 0 && (v.is(g, Kind.INFINITIVE, i - 1) || cues.is(v, Cue.MARKER, i - 1))
                || g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(i));
    }

    /**
     * A verb of the class (modality.tsv DECIDE_VERB, INTENT_VERB) that governs the trigger as its infinitive
     * complement: through a marker with no other verb on either side of it ("agreed to sign", "ont convenu de
     * renforcer", "vereinbarten, die Zusammenarbeit zu vertiefen", "acordaron firmar"), or right before a verb
     * trigger ("договорились подписать"). "The planned visit" is no intention: a noun trigger needs the marker.
     */
    private boolean governedBy(SentenceView v, TriggerMatch m, int start, Cue verbs) {
        int first = m.first();
        boolean verbTrigger = !m.entry().pos().equals("NOUN") && !v.pos(m.head()).equals("NOUN");
        int infinitive = verbTrigger ? -1 : infinitiveBefore(v, m, start);
        if (infinitive >= 0) {
            first = infinitive;
            verbTrigger = true;
        }
        for (int i = first - 1; i >= Math.max(start, first - 8); i--) {
            if (!cues.is(v, verbs, i) || m.tokens().contains(i)) {
                continue;
            }
            if (i == first - 1) {
                return verbTrigger;
            }
            for (int k = i + 1; k < first; k++) {
                if (cues.is(v, Cue.MARKER, k) && !anyVerb(v, i + 1, k) && !anyVerb(v, k + 1, first)
                        && (verbTrigger || k == first - 1)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Whether a verb stands in [from, to). */
    private static boolean anyVerb(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the act's verb phrase starts: a verb trigger's first word; for a noun trigger the infinitive whose
     * object it is ("à reprendre les négociations", "to hold talks", "провести совместные учения"), else -1.
     */
    private int actStart(SentenceView v, TriggerMatch m, int start) {
        boolean verbTrigger = !m.entry().pos().equals("NOUN") && !v.pos(m.head()).equals("NOUN");
        return verbTrigger ? m.first() : infinitiveBefore(v, m, start);
    }

    /**
     * The infinitive that governs a noun trigger as its object: a verb at most three words before it with only
     * determiners, adjectives, numerals or a preposition between, itself an infinitive (after its marker, or with
     * an infinitive ending: `INFINITIVE_SUFFIX`, Russian "-ть"); -1 if none.
     */
    private int infinitiveBefore(SentenceView v, TriggerMatch m, int start) {
        for (int i = m.first() - 1; i >= Math.max(start, m.first() - 4); i--) {
            String p = v.pos(i);
            boolean suffix = g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(i));
            if (v.isVerb(i) || p.equals("X") && suffix) {
                boolean marked = i > start && (v.is(g, Kind.INFINITIVE, i - 1) || cues.is(v, Cue.MARKER, i - 1));
                return marked || suffix ? i : -1;
            }
            boolean filler = p.equals("DET") || p.equals("ADJ") || p.equals("NUM") || p.equals("ADP")
                    || p.equals("X") && !v.isPunct(i);
            if (v.inMention(i) || !filler) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the appeal verb that asks for the act starting at {@code first}, or -1: an infinitive right
     * after its marker ("to", "à", "de"; or an infinitive by its ending, `INFINITIVE_SUFFIX`: "призвал Украину
     * вернуться") whose clause opens with a verb of appeal, invitation or permission that names an addressee in
     * between: "invited Astana to join", "urged Russia to withdraw". The act is asked for, not told.
     */
    private int requestingVerb(SentenceView v, int first, int start) {
        int marker = first - 1;
        if (marker > start && !v.is(g, Kind.INFINITIVE, marker)
                && g.endsWith(v.lang(), Kind.INFINITIVE_SUFFIX, v.norm(first))) {
            marker = first;
        }
        if (marker <= start || marker < first && !v.is(g, Kind.INFINITIVE, marker)) {
            return -1;
        }
        for (int i = marker - 2; i >= Math.max(start, marker - 8); i--) {
            if (v.is(g, Kind.APPEAL_VERB, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the appeal or demand trigger asks for the act ("urged Belarus to release": the appeal asks for the
     * release, so it takes the code of an appeal for release, 0253).
     */
    boolean asksFor(SentenceView v, TriggerMatch appeal, TriggerMatch act) {
        if (act.first() <= appeal.last() || of(v, act) != Modality.REQUESTED) {
            return false;
        }
        int start = clauses.clauseStart(v, act.first());
        int verb = requestingVerb(v, actStart(v, act, start), start);
        return verb >= 0 && appeal.tokens().contains(verb);
    }

    /**
     * An act told as someone's accusation or allegation: a claim verb at most 12 words before the trigger, then a
     * link word ("alleged that France helped", "accused Israel of carrying out the attack").
     */
    private boolean isClaimed(SentenceView v, TriggerMatch m) {
        for (int i = 0; i < m.first(); i++) {
            if (v.is(g, Kind.CLAIM, i) && !m.tokens().contains(i)) {
                for (int j = i + 1; j < m.first(); j++) {
                    boolean near = m.first() - i <= 12;
                    // "alleged that France knew, and that its army took part": a link word repeated after a
                    // coordinator opens another complement of the same claim
                    boolean repeated = j > i + 1 && v.is(g, Kind.COORD, j - 1) && !v.norm(j - 1).equals(",");
                    if (v.is(g, Kind.CLAIM_LINK, j) && (near || repeated)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nearest verb before a noun trigger in its clause, or -1. */
    private static int governingVerb(SentenceView v, TriggerMatch m, int start) {
        for (int i = m.first() - 1; i >= start; i--) {
            if (v.pos(i).equals("VERB") || v.pos(i).equals("AUX")) {
                return i;
            }
        }
        return -1;
    }

    private boolean isFuture(SentenceView v, TriggerMatch m, int start, int end) {
        int h = m.head();
        String lang = v.lang();
        if (v.isVerb(h) || v.pos(h).equals("X")) {
            String w = v.norm(h);
            String lemma = v.lemmatized(h) ? v.lemma(h) : m.entry().headWord();
            if (!lemma.equals(w) && g.endsWith(lang, Kind.FUTURE_SUFFIX, w) && !lemma.endsWith(w)) {
                return true;
            }
        }
        for (int i = Math.max(start, m.first() - 3); i < m.first(); i++) {
            // by form, not lemma: the past "wurde" has the lemma of the future auxiliary "werden" (a passive)
            if (g.is(lang, Kind.FUTURE_AUX, v.norm(i)) && !v.pos(i).equals("NOUN") && !v.pos(i).equals("PROPN")) {
                return true;
            }
            if (v.norm(i).equals("to") && i > 0 && g.is(lang, Kind.PASSIVE_AUX, v.norm(i - 1))) {
                return true;
            }
            if (v.norm(i).equals("to") && i > 1 && v.norm(i - 1).equals("be") && g.is(lang, Kind.PASSIVE_AUX, v.norm(i - 2))) {
                return true;
            }
        }
        if (v.isVerb(h) && futureAuxGoverns(v, m, start)) {
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
     * Verb-final order (languages with PERFECT_AUX: German): a conditional, modal or future auxiliary that closes
     * the trigger's clause right after a verb makes the act conditional, intended or future ("dass die Truppen
     * nicht bleiben würden", "wo er Macron treffen will", "Gespräche mit Harris führen will", "dass Scholz China
     * besuchen wird"); "werden" after a participle is a passive, not a future. ASSERTED when there is none.
     */
    private Modality closingAuxiliary(SentenceView v, TriggerMatch m, int end) {
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

    private boolean hasBefore(SentenceView v, Kind kind, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.is(g, kind, i)) {
                return true;
            }
        }
        return false;
    }
}
