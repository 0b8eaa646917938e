package org.caravan.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.caravan.data.DataFileException;

/**
 * A word trie from alias keys to {@link Entry entries}. A {@code *} word in an alias stands for a country
 * adjective ("ministre * des affaires étrangères"). Built once by the loader, then read-only and thread-safe.
 */
final class AliasIndex {

    static final String SLOT = "*";

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    /**
     * A match over words {@code [start, end)}.
     *
     * @param slot      the adjective entry that filled a {@code *}, when the alias had one
     * @param inflected whether a word matched only without its ending (a plural, a feminine)
     */
    record Match(int start, int end, List<Entry> entries, java.util.Optional<Entry> slot, boolean inflected) {
    }

    private final Node root = new Node();
    private int size;

    void add(String alias, Entry entry) {
        List<String> keys = Normalizer.phraseKeys(alias);
        if (keys.isEmpty() || keys.get(0).equals(SLOT)) {
            throw DataFileException.at(entry.source(), "alias '" + alias + "' has no word to match");
        }
        Node n = root;
        for (String k : keys) {
            n = n.children.computeIfAbsent(k, x -> new Node());
        }
        if (!n.entries.contains(entry)) {
            n.entries.add(entry);
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The entries whose alias is exactly this phrase (any case, any language). */
    List<Entry> exact(String phrase) {
        Node n = root;
        for (String k : Normalizer.phraseKeys(phrase)) {
            n = n.children.get(k);
            if (n == null) {
                return List.of();
            }
        }
        return List.copyOf(n.entries);
    }

    /**
     * The longest match starting at word {@code start} whose entries pass the filter, with the case of the
     * text agreeing with each entry's alias; empty when none.
     */
    java.util.Optional<Match> longest(List<Words.Word> words, int start, Predicate<Entry> accept) {
        List<Match> found = new ArrayList<>();
        walk(root, words, start, start, false, java.util.Optional.empty(), accept, found, 0);
        Match best = null;
        for (Match m : found) {
            if (best == null || m.end() > best.end() || (m.end() == best.end() && best.inflected() && !m.inflected())) {
                best = m;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private void walk(Node node, List<Words.Word> words, int start, int i, boolean inflected,
                      java.util.Optional<Entry> slot, Predicate<Entry> accept, List<Match> found, int depth) {
        if (i > start) {
            List<Entry> ok = new ArrayList<>();
            for (Entry e : node.entries) {
                if ((!inflected || e.kind().inflects()) && accept.test(e) && caseAgrees(e, words, start, i)) {
                    ok.add(e);
                }
            }
            if (!ok.isEmpty()) {
                found.add(new Match(start, i, ok, slot, inflected));
            }
        }
        if (i >= words.size() || depth > 12 || (i > start && !words.get(i).joined())) {
            return;
        }
        String key = words.get(i).key();
        Node next = node.children.get(key);
        if (next != null) {
            walk(next, words, start, i + 1, inflected, slot, accept, found, depth + 1);
        }
        for (String v : Normalizer.variants(key)) {
            Node n = node.children.get(v);
            if (n != null) {
                walk(n, words, start, i + 1, true, slot, accept, found, depth + 1);
            }
        }
        Node slotNode = node.children.get(SLOT);
        if (slotNode != null && slot.isEmpty()) {
            java.util.Optional<Match> adj = longest(words, i,
                    e -> e.kind() == Entry.Kind.ADJECTIVE && accept.test(e));
            if (adj.isPresent()) {
                walk(slotNode, words, start, adj.get().end(), inflected, java.util.Optional.of(adj.get().entries().get(0)),
                        accept, found, depth + 1);
            }
        }
    }

    private static boolean caseAgrees(Entry e, List<Words.Word> words, int start, int end) {
        return switch (e.caseRule()) {
            case ANY -> true;
            case CAPITAL -> words.get(start).capitalised();
            case UPPER -> {
                for (int i = start; i < end; i++) {
                    Words.Word w = words.get(i);
                    if (!(w.allCaps() || (w.text().length() == 1 && w.capitalised()) || isDigits(w.text()))) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(Character::isDigit);
    }
}
