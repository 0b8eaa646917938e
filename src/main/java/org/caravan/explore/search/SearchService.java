package org.caravan.explore.search;

/** Searches the index. Implementations are thread-safe. */
public interface SearchService {

    SearchResult search(SearchQuery query);

    /** Picks up what {@code analyze} committed to the index since the last call. */
    void refresh();
}
