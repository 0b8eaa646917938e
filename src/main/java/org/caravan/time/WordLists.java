package org.caravan.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The named word lists of one language ({@code month}, {@code weekday}, {@code number}...): each word maps
 * to its normalised value. Immutable and thread-safe once built.
 */
final class WordLists {

    private final Map<String, Map<String, String>> lists;

    private WordLists(Map<String, Map<String, String>> lists) {
        this.lists = lists;
    }

    static WordLists of(List<Tsv.Row> rows) {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (Tsv.Row r : rows) {
            String list = r.cell(0).strip();
            String word = key(r.cell(1));
            if (list.isEmpty() || word.isEmpty()) {
                throw r.error("empty list name or word");
            }
            m.computeIfAbsent(list, k -> new LinkedHashMap<>()).put(word, r.cell(2).strip());
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new WordLists(Map.copyOf(frozen));
    }

    static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    boolean has(String list) {
        return lists.containsKey(list);
    }

    /** The value of a word in a list; also tries the word without a final full stop. */
    Optional<String> lookup(String list, String word) {
        Map<String, String> l = lists.get(list);
        if (l == null || word == null) {
            return Optional.empty();
        }
        String k = key(word);
        String v = l.get(k);
        if (v == null && k.endsWith(".")) {
            v = l.get(k.substring(0, k.length() - 1));
        }
        return Optional.ofNullable(v);
    }

    /** A non-capturing regex alternation of a list's words, longest first, spaces matching any whitespace. */
    String alternation(String list) {
        Map<String, String> l = lists.get(list);
        if (l == null) {
            throw new IllegalArgumentException("unknown word list '" + list + "'");
        }
        List<String> words = new ArrayList<>(l.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return words.stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
