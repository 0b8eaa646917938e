package org.caravan.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** The items of one open file, read one at a time; never throws from {@code hasNext}/{@code next}. Not thread-safe. */
interface ItemReader extends Iterator<SourceItem>, Closeable {

    @Override
    void close();

    /** A reader over items already in memory. */
    static ItemReader of(List<SourceItem> items) {
        Iterator<SourceItem> it = items.iterator();
        return new ItemReader() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SourceItem next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
