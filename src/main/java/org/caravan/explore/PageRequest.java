package org.caravan.explore;

/** Which slice of an ordered result to return. {@code limit} is bounded by {@link #MAX_LIMIT}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("bad page " + offset + "+" + limit);
        }
    }

    public static PageRequest from(Params p, int defaultLimit) {
        return new PageRequest(p.integer("offset", 0, 0, MAX_OFFSET), p.integer("limit", defaultLimit, 1, MAX_LIMIT));
    }
}
