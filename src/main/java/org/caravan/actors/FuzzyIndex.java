package org.caravan.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names within one edit (Damerau-Levenshtein: insertion, deletion, substitution or transposition of
 * adjacent letters) of a folded phrase, through an index of single-deletion variants. Only names of at least
 * {@link #MIN_LENGTH} letters are indexed. Built once, then read-only and thread-safe.
 */
final class FuzzyIndex {

    static final int MIN_LENGTH = 6;
    /** Longer phrases are not compared (no name is that long; it bounds the work on odd input). */
    static final int MAX_LENGTH = 64;

    /** Deletion variant to the name having it: a String, or a String[] when several names share it. */
    private final Map<String, Object> byDeletion = new HashMap<>(1 << 17);
    private final Map<String, List<Entry>> byName = new HashMap<>(1 << 14);

    void add(String alias, Entry entry) {
        String name = String.join(" ", Normalizer.phraseKeys(alias));
        if (name.replace(" ", "").length() < MIN_LENGTH) {
            return;
        }
        List<Entry> list = byName.get(name);
        if (list == null) {
            list = new ArrayList<>(1);
            byName.put(name, list);
            link(name, name);
            for (int i = 0; i < name.length(); i++) {
                link(name.substring(0, i) + name.substring(i + 1), name);
            }
        }
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private void link(String deletion, String name) {
        Object v = byDeletion.putIfAbsent(deletion, name);
        if (v == null || v.equals(name)) {
            return;
        }
        String[] old = v instanceof String ? new String[] {(String) v} : (String[]) v;
        for (String o : old) {
            if (o.equals(name)) {
                return;
            }
        }
        String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = name;
        byDeletion.put(deletion, grown);
    }

    private void collect(String deletion, Set<String> into) {
        Object v = byDeletion.get(deletion);
        if (v instanceof String) {
            into.add((String) v);
        } else if (v != null) {
            java.util.Collections.addAll(into, (String[]) v);
        }
    }

    /** The entries of every indexed name at distance exactly one from {@code phrase} (already folded). */
    List<Entry> near(String phrase) {
        if (phrase.length() > MAX_LENGTH || phrase.replace(" ", "").length() < MIN_LENGTH || byName.containsKey(phrase)) {
            return List.of();
        }
        Set<String> candidates = new HashSet<>();
        collect(phrase, candidates);
        for (int i = 0; i < phrase.length(); i++) {
            collect(phrase.substring(0, i) + phrase.substring(i + 1), candidates);
        }
        List<Entry> out = new ArrayList<>();
        for (String c : candidates) {
            if (distance(phrase, c) == 1) {
                out.addAll(byName.get(c));
            }
        }
        return out;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein restricted to adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
