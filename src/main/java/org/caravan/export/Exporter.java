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
 * keeps only each event's merge key in compact form ({@link BlockClusters}: primitive arrays, about 50 bytes an
 * event) and its number, and clusters them one merge block at a time; the second reads the events again and writes
 * each event as soon as its last member is read (a lone telling at once). The tellings of merged events not yet
 * complete in the scan wait in memory up to a budget, then in a temporary file ({@link PendingTellings}). (Reading
 * the other tellings by number from inside the scan was tried: H2 refuses a second query while a large scan is
 * open.) Not thread-safe.
 */
public final class Exporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The chars of JSON of incomplete merged events held in memory by default (about 32 MB at most). */
    static final long PENDING_BUDGET = 16L << 20;

    private final CrossDocumentMerge merge;
    private final long pendingBudget;

    public Exporter(CrossDocumentMerge merge) {
        this(merge, PENDING_BUDGET);
    }

    /** An exporter holding at most {@code pendingBudget} chars of incomplete merged events in memory. */
    Exporter(CrossDocumentMerge merge, long pendingBudget) {
        this.merge = merge;
        this.pendingBudget = pendingBudget;
    }

    /** What was exported. */
    public record Summary(long stored, long exported) {
    }

    /** Writes the events of {@code store} that pass {@code filter} to {@code sink}. */
    public Summary export(Store store, ExportFilter filter, EventSink sink) throws IOException {
        ExportFilter kept = filter.in(store);
        BlockClusters keys = new BlockClusters(merge);
        LongList numbers = new LongList();
        Map<String, Integer> seq = new HashMap<>();
        store.scanEvents(r -> {
            // the merge step's canonical place and publication day, so the export joins what events.jsonl joins
            keys.add(Telling.of(parse(r)).in(r.published(), r.docId(), seq.merge(r.docId(), 1, Integer::sum) - 1));
            numbers.add(r.globalId());
        });
        BlockClusters.Result clusters = keys.clusters();
        long[] seen = {0, 0};
        try (PendingTellings pending = new PendingTellings(pendingBudget)) {
            store.scanEvents(r -> {
                int i = (int) seen[0]++;
                if (i >= numbers.size() || numbers.get(i) != r.globalId()) {
                    throw new ConcurrentChange();
                }
                int size = clusters.sizeOf(i);
                List<EventRecord> members = List.of(r);
                if (size > 1) {
                    int c = clusters.clusterOf()[i];
                    if (pending.put(c, r) < size) {
                        return;
                    }
                    members = pending.take(c);
                }
                ExportedEvent e = assemble(members);
                if (kept.test(e)) {
                    write(sink, e);
                    seen[1]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (seen[0] != numbers.size()) {
            throw new ConcurrentChange();
        }
        return new Summary(seen[0], seen[1]);
    }

    private ExportedEvent assemble(List<EventRecord> members) {
        List<ObjectNode> events = new ArrayList<>(members.size());
        java.util.Map<ObjectNode, java.util.Optional<String>> outlets = new java.util.IdentityHashMap<>();
        long number = Long.MAX_VALUE;
        for (EventRecord r : members) {
            ObjectNode e = parse(r);
            events.add(e);
            outlets.put(e, org.caravan.stories.Outlets.known(r.url(), r.docSource()));
            number = Math.min(number, r.globalId());
        }
        ObjectNode event = merge.assemble(events, outlets::get);
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
