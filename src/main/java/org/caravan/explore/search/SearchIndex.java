package org.caravan.explore.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.store.FSDirectory;
import org.caravan.explore.Article;
import org.caravan.explore.EventRow;
import org.caravan.explore.ReadStore;

/**
 * Writes the search index from the store: {@link #rebuild} from scratch, {@link #update} for the documents a run of
 * {@code analyze} stored. One writer at a time (Lucene's lock); readers see a change once it is committed.
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    /** Replaces the index with one built from every document stored as done; returns how many were indexed. */
    public static int rebuild(ReadStore store, Path dir) {
        List<String> ids = new ArrayList<>();
        store.all(rows -> ids.add(rows.source().docId()));
        return write(store, dir, ids, IndexWriterConfig.OpenMode.CREATE);
    }

    /** Re-indexes these documents (a document no longer stored as done is removed); returns how many are in. */
    public static int update(ReadStore store, Path dir, Collection<String> docIds) {
        return write(store, dir, List.copyOf(docIds), IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    private static int write(ReadStore store, Path dir, List<String> docIds, IndexWriterConfig.OpenMode mode) {
        FacetsConfig facets = Fields.facets();
        IndexWriterConfig cfg = new IndexWriterConfig(LanguageAnalyzers.perField()).setOpenMode(mode);
        int n = 0;
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            for (int i = 0; i < docIds.size(); i += 100) {
                List<String> batch = docIds.subList(i, Math.min(docIds.size(), i + 100));
                for (String id : batch) {
                    w.deleteDocuments(new Term(Fields.DOC_ID, id));
                }
                for (ReadStore.StoredRows rows : store.some(batch)) {
                    Article a = store.article(rows.source().docId()).orElse(null);
                    if (a == null) {
                        continue;
                    }
                    List<EventRow> events = new ArrayList<>();
                    for (String line : rows.events()) {
                        try {
                            events.add(EventRow.parse(line, rows.source()));
                        } catch (IllegalArgumentException e) {
                            // an unreadable event is left out of the index as it is of the catalog
                        }
                    }
                    w.addDocument(facets.build(Fields.article(a.source(), a.text(), events)));
                    for (EventRow e : events) {
                        Document ed = Fields.event(e, Fields.sentence(e, a.text()).orElse(""));
                        w.addDocument(facets.build(ed));
                    }
                    n++;
                }
            }
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + dir + ": " + e.getMessage(), e);
        }
        return n;
    }
}
