package org.caravan.nlp.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.model.Token;
import org.caravan.nlp.Annotated;
import org.caravan.nlp.NlpAdapter;

/**
 * The generic annotator: paragraphs at blank lines, sentences and words by the JDK's
 * {@link BreakIterator} rules for the language (no sentence end after an initial or an abbreviation
 * of {@code /nlp/abbreviations.tsv}), lemmas from a morphological dictionary when the
 * language has one (else the lower-cased word), POS {@code X}. Used for ru, de, es and for
 * languages no library knows. Thread-safe: it keeps no state between calls.
 */
public final class RuleAnnotator implements NlpAdapter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\p{Zs}\\t\\r]*\\n");

    private final Locale locale;
    private final Optional<DictionaryLemmatizer> lemmatizer;
    private final Abbreviations abbreviations;

    private RuleAnnotator(Locale locale, Optional<DictionaryLemmatizer> lemmatizer, Abbreviations abbreviations) {
        this.locale = locale;
        this.lemmatizer = lemmatizer;
        this.abbreviations = abbreviations;
    }

    /** The annotator for a language code; any code is accepted. */
    public static RuleAnnotator forLanguage(String lang) {
        return new RuleAnnotator(Locale.forLanguageTag(lang.isEmpty() ? "und" : lang),
                lang.isEmpty() ? Optional.empty() : DictionaryLemmatizer.forLanguage(lang),
                Abbreviations.forLanguage(lang));
    }

    @Override
    public Annotated annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Optional<DictionaryLemmatizer.Session> session = lemmatizer.map(DictionaryLemmatizer::session);
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            paragraph(text, start, m.start(), sentences, tokens, session);
            start = m.end();
        }
        paragraph(text, start, text.length(), sentences, tokens, session);
        Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
        if (lemmatizer.isPresent()) {
            layers.add(Layer.LEMMAS);
        }
        return new Annotated(sentences, tokens, List.of(), layers);
    }

    private void paragraph(String text, int from, int to, List<Sentence> sentences, List<Token> tokens,
                           Optional<DictionaryLemmatizer.Session> session) {
        if (from >= to) {
            return;
        }
        String para = text.substring(from, to);
        BreakIterator sb = BreakIterator.getSentenceInstance(locale);
        sb.setText(para);
        int first = tokens.size();
        int s = sb.first();
        for (int e = sb.next(); e != BreakIterator.DONE; s = e, e = sb.next()) {
            words(para, s, e, from, sentences.size(), tokens, session);
            if (e < para.length() && endsWithAbbreviation(tokens, first)) {
                continue;
            }
            first = close(sentences, tokens, first);
        }
        close(sentences, tokens, first);
    }

    /** Ends the sentence of tokens {@code [first, size)}, if any; returns the next sentence's first token. */
    private static int close(List<Sentence> sentences, List<Token> tokens, int first) {
        if (tokens.size() > first) {
            Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(sentences.size(), span, first, tokens.size()));
        }
        return tokens.size();
    }

    /** Whether the sentence so far ends with an initial or a listed abbreviation and its period. */
    private boolean endsWithAbbreviation(List<Token> tokens, int first) {
        int n = tokens.size();
        if (n - first < 2 || !tokens.get(n - 1).text().equals(".")
                || tokens.get(n - 2).span().end() != tokens.get(n - 1).span().start()) {
            return false;
        }
        String word = tokens.get(n - 2).text();
        return (word.length() == 1 && Character.isLetter(word.charAt(0))) || abbreviations.isAbbreviation(word);
    }

    private void words(String para, int from, int to, int offset, int sentence, List<Token> tokens,
                       Optional<DictionaryLemmatizer.Session> session) {
        String s = para.substring(from, to);
        BreakIterator wb = BreakIterator.getWordInstance(locale);
        wb.setText(s);
        int a = wb.first();
        for (int b = wb.next(); b != BreakIterator.DONE; a = b, b = wb.next()) {
            int start = a;
            int end = b;
            while (start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            String word = s.substring(start, end);
            String lemma = session.map(l -> l.lemma(word, "")).orElse(word.toLowerCase(Locale.ROOT));
            int base = offset + from;
            tokens.add(new Token(tokens.size(), sentence, new Span(base + start, base + end), word, lemma, "X"));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
