package org.caravan.nlp.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations that a period does not end a sentence after, by language, from
 * {@code /nlp/abbreviations.tsv} (rows for {@code *} apply to every language). Immutable, thread-safe.
 */
final class Abbreviations {

    private static final String ORDINAL = "<ordinal>";
    private static final Map<String, Set<String>> BY_LANGUAGE = load("/nlp/abbreviations.tsv");

    private final Set<String> words;

    private Abbreviations(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static Abbreviations forLanguage(String lang) {
        Set<String> all = new HashSet<>(BY_LANGUAGE.getOrDefault("*", Set.of()));
        all.addAll(BY_LANGUAGE.getOrDefault(lang, Set.of()));
        return new Abbreviations(all);
    }

    boolean isAbbreviation(String word) {
        if (words.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return words.contains(ORDINAL) && !word.isEmpty() && word.length() <= 4
                && word.chars().allMatch(Character::isDigit);
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] row : Tsv.read(resource, 2)) {
            m.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
