package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;
import org.caravan.model.TimeExpression;
import org.caravan.model.Token;

/**
 * One sentence as the coder sees it: its words (normalised form, lemma, tag, mention membership and, when
 * parsed, dependency), the actor and place mentions it holds and its time expressions; indices are relative to
 * the sentence. Immutable; built per sentence by {@link #of}.
 *
 * @param doc        the document
 * @param sentence   the sentence
 * @param lang       the language whose grammar and lexicon read it
 * @param words      one word per token
 * @param parsed     whether a dependency parse covers the sentence
 * @param candidates the actor and place mentions, in text order
 * @param times      the time expressions inside the sentence
 */
record SentenceView(Document doc, Sentence sentence, String lang, List<Word> words, boolean parsed,
                    List<Candidate> candidates, List<TimeExpression> times) {

    /** No head in the parse (the word is outside every dependency). */
    static final int NO_HEAD = -2;

    /**
     * One word of the sentence.
     *
     * @param token      the token
     * @param norm       the form in lower case, apostrophes normalised and elisions undone ("s'" → "se")
     * @param lemma      the lemma, normalised the same way
     * @param pos        the universal tag
     * @param lemmatized whether a lemmatizer or tagger looked at the word
     * @param inMention  whether an actor or place mention covers it
     * @param head       sentence-relative index of its head, -1 for the root, {@link #NO_HEAD} when unparsed
     * @param rel        its dependency relation, "" when unparsed
     */
    record Word(Token token, String norm, String lemma, String pos, boolean lemmatized, boolean inMention,
                int head, String rel) {
    }

    SentenceView {
        words = List.copyOf(words);
        candidates = List.copyOf(candidates);
        times = List.copyOf(times);
    }

    static SentenceView of(Document doc, Sentence sentence, String lang, Grammar grammar) {
        List<Token> tokens = doc.tokensOf(sentence);
        int n = tokens.size();
        boolean[] inMention = new boolean[n];
        List<Candidate> candidates = candidatesOf(doc, sentence, tokens, inMention);
        int[] head = new int[n];
        String[] rel = new String[n];
        java.util.Arrays.fill(head, NO_HEAD);
        java.util.Arrays.fill(rel, "");
        int base = sentence.firstToken();
        boolean parsed = false;
        for (Dependency d : doc.dependencies()) {
            int dep = d.dependent() - base;
            if (dep >= 0 && dep < n) {
                head[dep] = d.head() < 0 ? -1 : d.head() - base;
                rel[dep] = d.relation() == null ? "" : d.relation();
                parsed = true;
            }
        }
        List<Word> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String text = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            String l = t.lemma().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean lemmatized = !l.equals(text) || !t.pos().equals("X");
            words.add(new Word(t, grammar.unelide(text), grammar.unelide(l), t.pos(), lemmatized, inMention[i],
                    head[i], rel[i]));
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (TimeExpression t : doc.times()) {
            String tt = t.text().toLowerCase(Locale.ROOT);
            if (sentence.span().contains(t.span()) && !grammar.is(lang, Grammar.Kind.PASSIVE_AUX, tt)) {
                ts.add(t);
            }
        }
        return new SentenceView(doc, sentence, lang, words, parsed, candidates, ts);
    }

    private static List<Candidate> candidatesOf(Document doc, Sentence s, List<Token> tokens, boolean[] inMention) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (!s.span().overlaps(m.span())) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().overlaps(m.span())) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                for (int i = first; i <= last; i++) {
                    inMention[i] = true;
                }
                out.add(new Candidate(m, first, last));
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    int size() {
        return words.size();
    }

    Token token(int i) {
        return words.get(i).token();
    }

    String norm(int i) {
        return words.get(i).norm();
    }

    String lemma(int i) {
        return words.get(i).lemma();
    }

    String pos(int i) {
        return words.get(i).pos();
    }

    boolean lemmatized(int i) {
        return words.get(i).lemmatized();
    }

    boolean inMention(int i) {
        return words.get(i).inMention();
    }

    int head(int i) {
        return words.get(i).head();
    }

    String rel(int i) {
        return words.get(i).rel();
    }

    /** The character offset where the word at i starts. */
    int start(int i) {
        return token(i).span().start();
    }

    boolean isVerb(int i) {
        return pos(i).equals("VERB") || pos(i).equals("AUX");
    }

    boolean isPunct(int i) {
        return pos(i).equals("PUNCT") || norm(i).matches("\\p{Punct}+|[«»“”—–]");
    }

    /** Whether the word at i has the class, by its form or its lemma. */
    boolean is(Grammar g, Grammar.Kind kind, int i) {
        return g.is(lang, kind, norm(i)) || g.is(lang, kind, lemma(i));
    }

    /** The sentence text. */
    String text() {
        return sentence.span().of(doc.text());
    }
}
