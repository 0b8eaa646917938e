/**
 * Explore: what an analyst reads of the store. {@link org.caravan.explore.EventCatalog} keeps a read-only, in-memory
 * projection of the stored events, refreshed from the database while {@code analyze} writes;
 * {@link org.caravan.explore.EventFilter} is the one filter every view shares; {@link org.caravan.explore.Views}
 * computes the actors, dyad series, network and places. The HTTP layer is in {@code explore.http}, the Lucene
 * index in {@code explore.search}.
 */
package org.caravan.explore;
