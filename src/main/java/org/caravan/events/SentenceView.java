package org.caravan.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;
import org.caravan.model.TimeExpression;
import org.caravan.model.Token;

/**
 * One sentence as the coder sees it: normalised word forms, lemmas, tags, the actor and place mentions it
 * holds, its time expressions and, when parsed, its dependencies; indices are relative to the sentence.
 * Built per call; not shared.
 */
final class SentenceView {

    final Document doc;
    final Sentence sentence;
    final String lang;
    final List<Token> tokens;
    final String[] norm;
    final String[] lemma;
    final String[] pos;
    final boolean[] lemmatized;
    final boolean[] inMention;
    final int[] head;
    final String[] rel;
    final boolean parsed;
    final List<Candidate> candidates;
    final List<TimeExpression> times;

    SentenceView(Document doc, Sentence sentence, String lang, Grammar grammar) {
        this.doc = doc;
        this.sentence = sentence;
        this.lang = lang;
        this.tokens = doc.tokensOf(sentence);
        int n = tokens.size();
        norm = new String[n];
        lemma = new String[n];
        pos = new String[n];
        lemmatized = new boolean[n];
        inMention = new boolean[n];
        head = new int[n];
        rel = new String[n];
        Arrays.fill(head, -2);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String text = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            norm[i] = grammar.unelide(text);
            String l = t.lemma().toLowerCase(Locale.ROOT).replace('’', '\'');
            lemmatized[i] = !l.equals(text) || !t.pos().equals("X");
            lemma[i] = grammar.unelide(l);
            pos[i] = t.pos();
        }
        int base = sentence.firstToken();
        boolean any = false;
        for (Dependency d : doc.dependencies()) {
            int dep = d.dependent() - base;
            if (dep >= 0 && dep < n) {
                head[dep] = d.head() < 0 ? -1 : d.head() - base;
                rel[dep] = d.relation();
                any = true;
            }
        }
        parsed = any;
        candidates = candidatesOf(doc, sentence, tokens, inMention);
        List<TimeExpression> ts = new ArrayList<>();
        for (TimeExpression t : doc.times()) {
            String tt = t.text().toLowerCase(Locale.ROOT);
            if (sentence.span().contains(t.span()) && !grammar.is(lang, Grammar.Kind.PASSIVE_AUX, tt)) {
                ts.add(t);
            }
        }
        times = List.copyOf(ts);
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
        return List.copyOf(out);
    }

    int size() {
        return tokens.size();
    }

    boolean isVerb(int i) {
        return pos[i].equals("VERB") || pos[i].equals("AUX");
    }

    boolean isPunct(int i) {
        return pos[i].equals("PUNCT") || norm[i].matches("\\p{Punct}+|[«»“”—–]");
    }

    /** Whether the word at i has the class, by its form or its lemma. */
    boolean is(Grammar g, Grammar.Kind kind, int i) {
        return g.is(lang, kind, norm[i]) || g.is(lang, kind, lemma[i]);
    }

    /** The sentence text. */
    String text() {
        return sentence.span().of(doc.text());
    }
}
