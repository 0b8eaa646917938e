package org.caravan.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the lexicon entries of a sentence. A pattern's words must appear in order around the head, with at
 * most {@value #GAP} other words between two of them; tokens inside actor or place mentions never trigger.
 * When several entries overlap, the one with the most words wins. A separable verb's particle at the end of the
 * clause (SEP_PARTICLE in grammar.tsv: "forderte ... auf", "wies ... zurück", "traf ... ein") completes the
 * verb: the particle joined to the verb's lemma or form is looked up first. Stateless; thread-safe.
 */
final class TriggerMatcher {

    static final int GAP = 3;
    private static final int MIN_STEM = 4;

    /** How far after the verb a separable particle may close the clause. */
    static final int PARTICLE_WINDOW = 12;

    private final Lexicon lexicon;
    private final Grammar grammar;

    TriggerMatcher(Lexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
    }

    List<TriggerMatch> find(SentenceView v) {
        List<TriggerMatch> all = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.inMention(i) || v.isPunct(i)) {
                continue;
            }
            for (TriggerEntry e : entriesAt(v, i)) {
                if (!posAgrees(e.pos(), verbalNoun(v, i) ? "NOUN" : v.pos(i))) {
                    continue;
                }
                List<Integer> toks = extend(v, e, i);
                if (toks != null) {
                    all.add(new TriggerMatch(e, i, toks));
                }
            }
        }
        all.sort(Comparator.comparingInt((TriggerMatch m) -> -m.entry().words().size())
                .thenComparingInt(m -> m.entry().pos().equals("VERB") ? 0 : 1)
                .thenComparingInt(m -> m.last() - m.first()));
        List<TriggerMatch> kept = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (TriggerMatch m : all) {
            if (m.tokens().stream().noneMatch(used::contains)) {
                kept.add(m);
                used.addAll(m.tokens());
            } else {
                refine(kept, m);
            }
        }
        kept.sort(Comparator.comparingInt(TriggerMatch::head));
        return kept;
    }

    /**
     * A verb phrase that won over an overlapping noun phrase of the same root takes the noun's more specific
     * code: "a reçu une aide militaire" is military aid (072), not aid (070).
     */
    private static void refine(List<TriggerMatch> kept, TriggerMatch loser) {
        String lc = loser.entry().code();
        if (loser.entry().pos().equals("VERB")) {
            return; // only a noun phrase refines ("принял участие" is no welcome for its verb "принял")
        }
        for (int i = 0; i < kept.size(); i++) {
            TriggerMatch w = kept.get(i);
            String wc = w.entry().code();
            if (w.tokens().stream().anyMatch(loser.tokens()::contains) && lc.startsWith(wc.substring(0, 2))
                    && wc.length() == 3 && wc.endsWith("0") && !lc.equals(wc) && !lc.endsWith("0")) {
                TriggerEntry e = w.entry();
                kept.set(i, new TriggerMatch(new TriggerEntry(e.lang(), e.words(), e.head(), e.pos(), lc, e.source(),
                        e.target(), e.symmetric(), e.origin()), w.head(), w.tokens()));
            }
        }
    }

    private Set<TriggerEntry> entriesAt(SentenceView v, int i) {
        int p = closingParticle(v, i);
        if (p >= 0) {
            Set<TriggerEntry> joined = new LinkedHashSet<>(lexicon.candidates(v.lang(), v.norm(p) + v.lemma(i)));
            joined.addAll(lexicon.candidates(v.lang(), v.norm(p) + v.norm(i)));
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        Set<TriggerEntry> out = new LinkedHashSet<>(lexicon.candidates(v.lang(), v.lemma(i)));
        out.addAll(lexicon.candidates(v.lang(), v.norm(i)));
        if (out.isEmpty() && !v.lemmatized(i)) {
            out.addAll(lexicon.byStem(v.lang(), v.norm(i), MIN_STEM));
        }
        return out;
    }

    /**
     * The separable particle that closes the clause of the word at {@code i} (the last word before punctuation or
     * a coordinating word, within {@value #PARTICLE_WINDOW} words: German sets subordinate clauses off by commas,
     * and "als" may stand inside the clause: "wies ... als Wirtschaftskrieg zurück"), or -1.
     */
    private int closingParticle(SentenceView v, int i) {
        if (!grammar.has(v.lang(), Grammar.Kind.SEP_PARTICLE)) {
            return -1;
        }
        int last = -1;
        for (int j = i + 1; j < v.size() && j - i <= PARTICLE_WINDOW; j++) {
            if (v.isPunct(j) || v.is(grammar, Grammar.Kind.COORD, j)) {
                return last >= 0 && v.is(grammar, Grammar.Kind.SEP_PARTICLE, last) ? last : -1;
            }
            last = j;
        }
        return last == v.size() - 1 && last >= 0 && v.is(grammar, Grammar.Kind.SEP_PARTICLE, last) ? last : -1;
    }

    /** A lemma without its inflectional ending, for matching word forms when no lemmatizer ran. */
    static String stemOf(String lemma) {
        String l = lemma.endsWith("*") ? lemma.substring(0, lemma.length() - 1) : lemma;
        return l.length() >= 6 ? l.substring(0, l.length() - 2) : l;
    }

    /** A word the tagger calls a verb that has a verbal-noun ending and stands right after a noun or adjective. */
    private boolean verbalNoun(SentenceView v, int i) {
        return i > 0 && v.pos(i).equals("VERB") && grammar.endsWith(v.lang(), Grammar.Kind.VERBAL_NOUN, v.norm(i))
                && (v.pos(i - 1).equals("NOUN") || v.pos(i - 1).equals("ADJ"));
    }

    static boolean posAgrees(String wanted, String tag) {
        if (wanted.equals("ANY") || tag.equals("X") || tag.isEmpty()) {
            return true;
        }
        return switch (wanted) {
            case "VERB" -> tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ");
            case "NOUN" -> tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ");
            case "ADJ" -> tag.equals("ADJ") || tag.equals("VERB") || tag.equals("NOUN");
            default -> true;
        };
    }

    /** The token indices of the whole pattern around head {@code h}, or null when it is not there. */
    private static List<Integer> extend(SentenceView v, TriggerEntry e, int h) {
        List<Integer> toks = new ArrayList<>();
        toks.add(h);
        int pos = h;
        for (int w = e.head() - 1; w >= 0; w--) {
            int found = -1;
            for (int j = pos - 1; j >= 0 && j >= pos - 1 - GAP; j--) {
                if (wordMatches(v, e.words().get(w), j)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            toks.add(found);
            pos = found;
        }
        pos = h;
        for (int w = e.head() + 1; w < e.words().size(); w++) {
            int found = -1;
            for (int j = pos + 1; j < v.size() && j <= pos + 1 + GAP; j++) {
                if (wordMatches(v, e.words().get(w), j)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            toks.add(found);
            pos = found;
        }
        return toks;
    }

    private static boolean wordMatches(SentenceView v, String word, int j) {
        if (Lexicon.matches(word, v.lemma(j)) || Lexicon.matches(word, v.norm(j))) {
            return true;
        }
        if (!v.lemmatized(j) && !word.endsWith("*")) {
            String stem = stemOf(word);
            return stem.length() >= MIN_STEM && v.norm(j).startsWith(stem);
        }
        return false;
    }
}
