package org.caravan.export;

import java.io.Closeable;
import java.io.IOException;

/** Where exported events go, one by one, in one format. Not thread-safe; closing finishes the output. */
public interface EventSink extends Closeable {

    /** Writes one event. */
    void write(ExportedEvent event) throws IOException;
}
