/**
 * The document model: immutable records, one validated {@link org.caravan.model.Span} type for offsets into the
 * clean text, no nulls (absent layers are empty lists, absent values {@code Optional}).
 */
package org.caravan.model;
