package org.caravan.explore;

import java.util.List;

/** A slice of an ordered result and the size of the whole. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> all, PageRequest r) {
        int from = Math.min(r.offset(), all.size());
        int to = Math.min(all.size(), from + r.limit());
        return new Page<>(all.subList(from, to), all.size(), r.offset(), r.limit());
    }
}
