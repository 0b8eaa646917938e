/**
 * Full-text search with Lucene: articles and event evidence, each analysed with its language's chain
 * ({@link org.caravan.explore.search.LanguageAnalyzers}: French elision and light stemming, English, German, Spanish,
 * Russian light stemming; accents folded), facets, the shared filters, highlighted snippets and paging. The index
 * lives beside the store ({@link org.caravan.explore.search.IndexLocation}), is updated by {@code analyze} and
 * rebuilt by {@code caravan index --rebuild} ({@link org.caravan.explore.search.SearchIndex}).
 */
package org.caravan.explore.search;
