package org.caravan.explore.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hits of one page, their total, and the facet counts over all hits.
 *
 * @param facets per dimension (lang, outlet, root, quad, actor, country, month, place, in that order), the values by
 *               count
 */
public record SearchResult(long total, int offset, int limit, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /**
     * A hit: an article or an event's evidence.
     *
     * @param snippet the best passages, as text segments, those that matched marked (no HTML: the client escapes)
     * @param label   for an event: "source → target, CAMEO code"
     */
    public record Hit(String kind, String docId, Optional<String> eventId, Optional<String> title,
                      Optional<String> label, Optional<String> lang, String outlet, Optional<String> date,
                      List<Segment> snippet, float score) {
    }

    /** A piece of a snippet; {@code match} when it matched the query. */
    public record Segment(String text, boolean match) {
    }

    public record FacetValue(String value, long count) {
    }

    public static SearchResult empty(int offset, int limit) {
        return new SearchResult(0, offset, limit, List.of(), Map.of());
    }
}
