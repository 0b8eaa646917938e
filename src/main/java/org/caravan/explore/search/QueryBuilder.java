package org.caravan.explore.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.caravan.explore.EventFilter;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the text parsed once per language field with that language's
 * chain (simple syntax: quotes, +, -, * never throw), all words required; OR the same words matched fuzzily
 * (one edit, words of five letters or more) on the folded field, so that transliterations meet ("Tokaïev",
 * "Tokayev"); AND the shared filter as non-scoring clauses. Thread-safe.
 */
final class QueryBuilder {

    private static final int FUZZY_MIN_LENGTH = 5;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(q.text()), BooleanClause.Occur.MUST);
        q.kind().ifPresent(k -> b.add(new TermQuery(new Term(Fields.KIND, k)), BooleanClause.Occur.FILTER));
        filters(q.filter()).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    Query text(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Map<String, Float> weights = new HashMap<>();
        LanguageAnalyzers.fields().forEach(f -> weights.put(f, 1f));
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query exact = parser.parse(text);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (exact != null) {
            either.add(new BoostQuery(exact, 2f), BooleanClause.Occur.SHOULD);
        }
        List<String> words = words(text);
        if (!words.isEmpty()) {
            BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
            for (String w : words) {
                Term t = new Term(LanguageAnalyzers.FOLDED, w);
                fuzzy.add(w.length() >= FUZZY_MIN_LENGTH ? new FuzzyQuery(t, 1) : new TermQuery(t),
                        BooleanClause.Occur.MUST);
            }
            either.add(fuzzy.build(), BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    /** The words of the text as the folded field has them (operators and quotes are just separators here). */
    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(LanguageAnalyzers.FOLDED, text.replaceAll("[\"+\\-*|()~]", " "))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Query> filters(EventFilter f) {
        List<Query> out = new ArrayList<>();
        if (f.from().isPresent() || f.to().isPresent()) {
            long from = f.from().map(r -> r.first().toEpochDay()).orElse(LocalDate.of(1, 1, 1).toEpochDay());
            long to = f.to().map(r -> r.last().toEpochDay()).orElse(LocalDate.of(9999, 12, 31).toEpochDay());
            out.add(LongPoint.newRangeQuery(Fields.DAY, from, to));
        }
        anyOf(out, "actor", f.actors());
        f.pair().ifPresent(p -> anyOf(out, "pair", List.of(p.get(0) + "|" + p.get(1))));
        anyOf(out, "root", f.roots());
        anyOf(out, "quad", f.quads().stream().map(String::valueOf).toList());
        anyOf(out, "lang", f.langs());
        anyOf(out, "source", f.outlets());
        anyOf(out, "place", f.places());
        f.doc().ifPresent(d -> out.add(new TermQuery(new Term(Fields.DOC_ID, d))));
        f.story().ifPresent(s -> anyOf(out, "story", List.of(s)));
        if (f.minSources() > 1) {
            out.add(IntPoint.newRangeQuery(Fields.SOURCES, f.minSources(), Integer.MAX_VALUE));
        }
        return out;
    }

    private static void anyOf(List<Query> out, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(new TermQuery(new Term(Fields.filterField(field), v.toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.SHOULD);
        }
        out.add(b.build());
    }
}
