package org.caravan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravan.store.EventRecord;
import org.caravan.store.Store;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Telling;

/**
 * Exports the stored events through the cross-document merge, in two streaming passes over the store: the first
 * keeps only each event's merge key ({@link Telling}: a few interned strings) and its number, and clusters them; the
 * second reads the events again and writes each event as soon as its last member is read (a lone telling at once).
 * Memory grows with the keys (a few dozen bytes an event) and with the tellings of merged events not yet complete in
 * the scan. (Reading the other tellings by number from inside the scan was tried: H2 refuses a second query while a
 * large scan is open.) Not thread-safe.
 */
public final class Exporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CrossDocumentMerge merge;

    public Exporter(CrossDocumentMerge merge) {
        this.merge = merge;
    }

    /** What was exported. */
    public record Summary(long stored, long exported) {
    }

    /** Writes the events of {@code store} that pass {@code filter} to {@code sink}. */
    public Summary export(Store store, ExportFilter filter, EventSink sink) throws IOException {
        List<Telling> keys = new ArrayList<>();
        LongList numbers = new LongList();
        Map<String, Integer> seq = new HashMap<>();
        store.scanEvents(r -> {
            // the merge step's canonical place and publication day, so the export joins what events.jsonl joins
            keys.add(Telling.of(parse(r)).in(r.published(), r.docId(), seq.merge(r.docId(), 1, Integer::sum) - 1));
            numbers.add(r.globalId());
        });
        List<int[]> clusters = merge.clusters(keys);
        keys.clear();
        int[] clusterOf = new int[numbers.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                clusterOf[i] = c;
            }
        }
        Map<Integer, List<EventRecord>> pending = new HashMap<>();
        long[] seen = {0, 0};
        try {
            store.scanEvents(r -> {
                int i = (int) seen[0]++;
                if (i >= clusterOf.length || numbers.get(i) != r.globalId()) {
                    throw new ConcurrentChange();
                }
                int c = clusterOf[i];
                int size = clusters.get(c).length;
                List<EventRecord> members = size == 1 ? List.of(r) : pending.computeIfAbsent(c, k -> new ArrayList<>());
                if (size > 1) {
                    members.add(r);
                    if (members.size() < size) {
                        return;
                    }
                    pending.remove(c);
                }
                ExportedEvent e = assemble(members);
                if (filter.test(e)) {
                    write(sink, e);
                    seen[1]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (seen[0] != clusterOf.length) {
            throw new ConcurrentChange();
        }
        return new Summary(seen[0], seen[1]);
    }

    private ExportedEvent assemble(List<EventRecord> members) {
        List<ObjectNode> events = new ArrayList<>(members.size());
        long number = Long.MAX_VALUE;
        for (EventRecord r : members) {
            events.add(parse(r));
            number = Math.min(number, r.globalId());
        }
        ObjectNode event = merge.assemble(events);
        return new ExportedEvent(number, event, members);
    }

    private static void write(EventSink sink, ExportedEvent e) {
        try {
            sink.write(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static ObjectNode parse(EventRecord r) {
        try {
            return (ObjectNode) MAPPER.readTree(r.json());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the stored event " + r.globalId() + " of " + r.docId()
                    + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    /** The store changed between the two passes (a concurrent analyze). */
    public static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("the store changed while it was exported (is caravan analyze writing to it?); run the export again");
        }
    }

    /** A growable list of primitive longs: a boxed Long per stored event would cost four times the memory. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
