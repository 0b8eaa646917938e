package org.caravan.explore.search;

import java.util.Objects;
import java.util.Optional;
import org.caravan.explore.EventFilter;
import org.caravan.explore.PageRequest;

/**
 * A search: free text (may be empty: everything that passes the filter), the kind of hit wanted (article or
 * event; both when empty), the shared event filter and the page.
 */
public record SearchQuery(String text, Optional<String> kind, EventFilter filter, PageRequest page) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
