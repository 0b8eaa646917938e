package org.caravan.explore.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analysis chain per language, each a standard tokenizer feeding small filters, and accents folded last so
 * that "Tokaïev" and "Tokaiev" meet. The text of a document goes to the field of its language ({@code text_fr},
 * ...; {@code text_other} for the rest); the {@link #FOLDED} field (lower case and folding only, no stemming, same
 * for all languages) carries the fuzzy match of names across spellings. Thread-safe (Lucene analyzers are).
 */
public final class LanguageAnalyzers {

    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "ru");
    public static final String OTHER = "other";
    public static final String FOLDED = "folded";

    private LanguageAnalyzers() {
    }

    /** The text field of a language. */
    public static String field(String lang) {
        return "text_" + (LANGUAGES.contains(lang) ? lang : OTHER);
    }

    /** Every text field, for queries and highlighting. */
    public static List<String> fields() {
        return java.util.stream.Stream.concat(LANGUAGES.stream(), java.util.stream.Stream.of(OTHER))
                .map(LanguageAnalyzers::field).toList();
    }

    /** The analyzer that picks each field's chain. */
    public static Analyzer perField() {
        Map<String, Analyzer> m = new java.util.HashMap<>();
        m.put(field("fr"), chain(ts -> new FrenchLightStemFilter(new StopFilter(new LowerCaseFilter(
                new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet()))));
        m.put(field("en"), chain(ts -> new EnglishMinimalStemFilter(new StopFilter(new LowerCaseFilter(
                new EnglishPossessiveFilter(ts)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
        m.put(field("de"), chain(ts -> new GermanLightStemFilter(new GermanNormalizationFilter(new StopFilter(
                new LowerCaseFilter(ts), GermanAnalyzer.getDefaultStopSet())))));
        m.put(field("es"), chain(ts -> new SpanishLightStemFilter(new StopFilter(new LowerCaseFilter(ts),
                SpanishAnalyzer.getDefaultStopSet()))));
        m.put(field("ru"), chain(ts -> new RussianLightStemFilter(new StopFilter(new LowerCaseFilter(ts),
                RussianAnalyzer.getDefaultStopSet()))));
        Analyzer folded = chain(ts -> new LowerCaseFilter(ts));
        m.put(FOLDED, folded);
        return new PerFieldAnalyzerWrapper(chain(ts -> new StopFilter(new LowerCaseFilter(ts), CharArraySet.EMPTY_SET)),
                m);
    }

    /** Standard tokenizer, the language's filters, then accent folding. */
    private static Analyzer chain(Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(filters.apply(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
