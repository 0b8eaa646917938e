package org.caravan.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Dates;
import org.caravan.stories.Telling;

/**
 * The clusters of the cross-document merge over a whole archive, in compact form: each telling added is kept as
 * ten dictionary numbers (its canonical place as three parts) and its merge block's number (a few dozen bytes, no object per telling), and the
 * clustering runs one merge block at a time ({@link CrossDocumentMerge#blockKey}: tellings of different blocks never
 * join), so only one block's {@link Telling}s exist at once. The result is the same as {@link
 * CrossDocumentMerge#clusters} over all the tellings. Not thread-safe.
 */
final class BlockClusters {

    private static final int FIELDS = 11;

    private final CrossDocumentMerge merge;
    private final Dictionary strings = new Dictionary();
    private final Dictionary blocks = new Dictionary();
    private int[] fields = new int[FIELDS * 1024];
    private int[] blockOf = new int[1024];
    private int size;

    BlockClusters(CrossDocumentMerge merge) {
        this.merge = merge;
    }

    /** Adds the next telling, in input order. */
    void add(Telling t) {
        if (size == blockOf.length) {
            blockOf = Arrays.copyOf(blockOf, size * 2);
            fields = Arrays.copyOf(fields, size * 2 * FIELDS);
        }
        int at = size * FIELDS;
        fields[at] = strings.id(t.pair());
        fields[at + 1] = strings.id(t.source());
        fields[at + 2] = strings.id(t.cameo());
        fields[at + 3] = strings.id(t.root());
        fields[at + 4] = strings.id(t.date().iso());
        fields[at + 5] = strings.id(t.date().precision());
        fields[at + 6] = strings.id(t.country());
        // the canonical place "PUBLISHED|DOC|SEQ" kept as its three parts (no string per telling)
        String order = t.order();
        int first = order.indexOf('|');
        int last = order.lastIndexOf('|');
        boolean placed = first >= 0 && last > first;
        fields[at + 7] = strings.id(t.published());
        fields[at + 8] = strings.id(placed ? order.substring(0, first) : order);
        fields[at + 9] = strings.id(placed ? order.substring(first + 1, last) : "");
        fields[at + 10] = placed ? Integer.parseInt(order.substring(last + 1)) : -1;
        blockOf[size++] = blocks.id(merge.blockKey(t));
    }

    int size() {
        return size;
    }

    /** The clusters of the tellings added; the tellings themselves are dropped. */
    Result clusters() {
        int[] order = byBlock();
        int[] clusterOf = new int[size];
        IntList clusterSize = new IntList();
        List<Telling> block = new ArrayList<>();
        int[] members = new int[16];
        for (int from = 0; from < size; ) {
            int b = blockOf[order[from]];
            int to = from;
            block.clear();
            while (to < size && blockOf[order[to]] == b) {
                block.add(telling(order[to]));
                to++;
            }
            for (int[] c : merge.clusters(block)) {
                int id = clusterSize.size();
                clusterSize.add(c.length);
                for (int local : c) {
                    clusterOf[order[from + local]] = id;
                }
            }
            from = to;
        }
        fields = new int[0];
        blockOf = new int[0];
        return new Result(clusterOf, clusterSize.toArray());
    }

    /** The tellings' numbers sorted by block, in input order within a block (a counting sort: stable). */
    private int[] byBlock() {
        int[] start = new int[blocks.size() + 1];
        for (int i = 0; i < size; i++) {
            start[blockOf[i] + 1]++;
        }
        for (int b = 0; b < blocks.size(); b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[start[blockOf[i]]++] = i;
        }
        return order;
    }

    private Telling telling(int i) {
        int at = i * FIELDS;
        return new Telling(strings.text(fields[at]), strings.text(fields[at + 1]), strings.text(fields[at + 2]),
                strings.text(fields[at + 3]), new Dates.Told(strings.text(fields[at + 4]),
                strings.text(fields[at + 5])), strings.text(fields[at + 6]), order(at), strings.text(fields[at + 7]));
    }

    private String order(int at) {
        String head = strings.text(fields[at + 8]);
        return fields[at + 10] < 0 ? head : head + "|" + strings.text(fields[at + 9]) + "|"
                + String.format(java.util.Locale.ROOT, "%09d", fields[at + 10]);
    }

    /**
     * The clusters: {@code clusterOf[i]} is the cluster of the i-th telling added and {@code sizes[c]} the number
     * of tellings of cluster c.
     */
    record Result(int[] clusterOf, int[] sizes) {

        int sizeOf(int telling) {
            return sizes[clusterOf[telling]];
        }
    }

    /** Strings by number, each kept once. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        int id(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = texts.size();
                ids.put(s, id);
                texts.add(s);
            }
            return id;
        }

        String text(int id) {
            return texts.get(id);
        }

        int size() {
            return texts.size();
        }
    }

    /** A growable list of primitive ints. */
    static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
