package org.caravan.ingest;

/** What a source yields: a raw document, or an error naming where in the input it happened. */
public sealed interface SourceItem permits RawDocument, SourceError {

    /** Where the item was read: a file, with its line or record when the file holds several. */
    String location();
}
