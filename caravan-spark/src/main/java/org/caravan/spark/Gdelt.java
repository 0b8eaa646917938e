package org.caravan.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.caravan.export.EventSink;
import org.caravan.export.ExportedEvent;
import org.caravan.export.GdeltCodes;
import org.caravan.export.GdeltEventsSink;
import org.caravan.export.GdeltMentionsSink;

/**
 * A merged event's lines of the GDELT Event and Mentions tables, written by the export's own sinks
 * ({@code caravan export --format gdelt-events | gdelt-mentions}), so the job's tables have the same columns and
 * values. The GDELT codes (FIPS countries, actor types) are loaded once per JVM.
 */
final class Gdelt {

    private Gdelt() {
    }

    private static final class Holder {
        static final GdeltCodes CODES = GdeltCodes.bundled();
    }

    /** The event's line of the Event table (61 columns), without its newline. */
    static String event(ExportedEvent e) {
        return lines(new StringWriter(), w -> new GdeltEventsSink(w, Holder.CODES), e).get(0);
    }

    /** The event's lines of the Mentions table (16 columns each), one per mention, without newlines. */
    static List<String> mentions(ExportedEvent e) {
        return lines(new StringWriter(), GdeltMentionsSink::new, e);
    }

    private static List<String> lines(StringWriter w, java.util.function.Function<StringWriter, EventSink> sink,
                                      ExportedEvent e) {
        try {
            sink.apply(w).write(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        String text = w.toString();
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
