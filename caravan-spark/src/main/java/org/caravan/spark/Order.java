package org.caravan.spark;

/**
 * Places in input order as numbers: a document is its file's index and its place in the file; an event adds its
 * place in the document. An event's number is unique in a run and grows with input order: the job's
 * {@code global_id} (the store's numbers, which the single-machine export uses, do not exist here).
 */
final class Order {

    static final int FILE_BITS = 24;
    static final int RECORD_BITS = 27;
    static final int EVENT_BITS = 12;

    private Order() {
    }

    /** The place of a document: file index, then its place among the file's documents. */
    static long document(int file, long record) {
        if (file >= 1 << FILE_BITS || record >= 1L << RECORD_BITS || record < 0) {
            throw new IllegalArgumentException("more than 2^" + FILE_BITS + " files or 2^" + RECORD_BITS
                    + " documents in one file: " + file + ", " + record);
        }
        return ((long) file << RECORD_BITS) | record;
    }

    /** The number of an event: its document's place and its own place in the document (at most 4095 events). */
    static long event(long document, int index) {
        if (index < 0 || index >= 1 << EVENT_BITS) {
            throw new IllegalArgumentException("an event index out of range: " + index);
        }
        return (document << EVENT_BITS) | index;
    }
}
