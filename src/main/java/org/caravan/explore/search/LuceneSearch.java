package org.caravan.explore.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index on disk with Lucene: the query of {@link QueryBuilder}, facet counts over all hits, snippets
 * from the unified highlighter, paging by offset. The searcher is reopened by {@link #refresh} when {@code analyze}
 * committed. Thread-safe (a {@link SearcherManager}).
 */
public final class LuceneSearch implements SearchService, AutoCloseable {

    /** Deepest hit a page may reach. */
    public static final int MAX_DEPTH = 10_000;
    private static final int FACET_VALUES = 12;
    private static final int SNIPPET_PASSAGES = 2;

    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = LanguageAnalyzers.perField();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    private LuceneSearch(FSDirectory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
    }

    /** Opens the index in this folder; it must exist ({@link SearchIndex#rebuild} makes one). */
    public static LuceneSearch open(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                throw new IOException("no index folder");
            }
            FSDirectory d = FSDirectory.open(dir);
            return new LuceneSearch(d, new SearcherManager(d, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether a committed index is in this folder. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SearchResult search(SearchQuery q) {
        int depth = q.page().offset() + q.page().limit();
        if (depth > MAX_DEPTH) {
            throw new org.caravan.explore.BadParameter("offset", "pages reach at most hit " + MAX_DEPTH);
        }
        IndexSearcher s = null;
        try {
            s = searchers.acquire();
            // rewritten once: the fuzzy clauses become the index's own terms, which the highlighter then matches
            // directly instead of running their automata over every hit's text again
            Query query = s.rewrite(queries.build(q));
            FacetsCollector fc = new FacetsCollector();
            TopDocs top = FacetsCollector.search(s, query, depth, fc);
            ScoreDoc[] page = slice(top.scoreDocs, q.page().offset(), q.page().limit());
            List<SearchResult.Hit> hits = hits(s, query, page);
            return new SearchResult(top.totalHits.value, q.page().offset(), q.page().limit(), hits,
                    facets(s.getIndexReader(), fc));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
        int from = Math.min(offset, all.length);
        int to = Math.min(all.length, from + limit);
        ScoreDoc[] out = new ScoreDoc[to - from];
        System.arraycopy(all, from, out, 0, out.length);
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<SearchResult.Hit> hits(IndexSearcher s, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        String[] fields = LanguageAnalyzers.fields().toArray(String[]::new);
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, SNIPPET_PASSAGES);
        Highlighter hl = new Highlighter(UnifiedHighlighter.builder(s, analyzer).withFieldMatcher(f -> true)
                .withHandleMultiTermQuery(true).withMaxLength(500_000).withFormatter(new SegmentFormatter()));
        Map<String, Object[]> snippets = hl.highlightFieldsAsObjects(fields, query, ids, passages);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = s.storedFields().document(page[i].doc);
            List<SearchResult.Segment> snippet = List.of();
            for (String f : fields) {
                Object o = snippets.get(f)[i];
                if (o != null) {
                    snippet = (List<SearchResult.Segment>) o;
                    break;
                }
            }
            hits.add(new SearchResult.Hit(d.get(Fields.KIND), d.get(Fields.DOC_ID),
                    Optional.ofNullable(d.get(Fields.EVENT_ID)), Optional.ofNullable(d.get(Fields.TITLE)),
                    Optional.ofNullable(d.get(Fields.LABEL)), Optional.ofNullable(d.get(Fields.LANG)),
                    Optional.ofNullable(d.get(Fields.OUTLET)).orElse(""), Optional.ofNullable(d.get(Fields.DATE)),
                    snippet, page[i].score));
        }
        return hits;
    }

    private Map<String, List<SearchResult.FacetValue>> facets(IndexReader reader, FacetsCollector fc)
            throws IOException {
        Optional<SortedSetDocValuesReaderState> state = facetState(reader);
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        if (state.isEmpty()) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
        for (String dim : Fields.DIMS) {
            FacetResult r;
            try {
                r = counts.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                r = null;
            }
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The facet state of this reader, built once per reader (it maps the ordinals of the facet values). */
    private synchronized Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState f = facetState;
        if (f == null || f.reader() != reader) {
            Optional<SortedSetDocValuesReaderState> st;
            try {
                st = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, Fields.facets()));
            } catch (IllegalArgumentException e) {
                st = Optional.empty();
            }
            f = new FacetState(reader, st);
            facetState = f;
        }
        return f.state();
    }

    /** The unified highlighter, with its object-valued snippets opened to this class. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder b) {
            super(b);
        }

        @Override
        protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docIds,
                                                                 int[] maxPassages) throws IOException {
            return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the search index: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher s) {
        if (s != null) {
            try {
                searchers.release(s);
            } catch (IOException ignored) {
                // nothing to do: the searcher is closed with the manager
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
