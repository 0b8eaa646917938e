/**
 * Cross-document merging: the step after per-document extraction that makes one event of the tellings of several
 * documents ({@link org.caravan.stories.CrossDocumentMerge}). Depends on nothing but the events.jsonl schema.
 */
package org.caravan.stories;
