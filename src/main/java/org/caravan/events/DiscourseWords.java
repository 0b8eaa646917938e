package org.caravan.events;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words through which a sentence names an actor it does not spell out (events/discourse.tsv): relational
 * nouns ("l'allié de Moscou") and anaphors of an act told before ("Iran denies it"). Immutable; thread-safe.
 */
final class DiscourseWords {

    /** The classes of events/discourse.tsv. */
    enum Kind { RELATIONAL, ANAPHOR }

    static final String RESOURCE = "events/discourse.tsv";
    private static volatile DiscourseWords standard;

    private final Map<String, Map<Kind, Set<String>>> words;

    private DiscourseWords(Map<String, Map<Kind, Set<String>>> words) {
        this.words = words;
    }

    static DiscourseWords standard() {
        DiscourseWords w = standard;
        if (w == null) {
            synchronized (DiscourseWords.class) {
                w = standard;
                if (w == null) {
                    w = from(TsvTable.resource(RESOURCE, 3));
                    standard = w;
                }
            }
        }
        return w;
    }

    static DiscourseWords from(TsvTable table) {
        Map<String, Map<Kind, Set<String>>> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get(1) + "'");
            }
            Set<String> set = m.computeIfAbsent(row.get(0), k -> new EnumMap<>(Kind.class))
                    .computeIfAbsent(kind, k -> new HashSet<>());
            for (String w : row.get(2).split(",")) {
                String x = w.strip().toLowerCase(Locale.ROOT);
                if (!x.isEmpty()) {
                    set.add(x);
                }
            }
        }
        Map<String, Map<Kind, Set<String>>> frozen = new HashMap<>();
        m.forEach((lang, kinds) -> {
            Map<Kind, Set<String>> k = new EnumMap<>(Kind.class);
            kinds.forEach((kk, s) -> k.put(kk, Set.copyOf(s)));
            frozen.put(lang, Map.copyOf(k));
        });
        return new DiscourseWords(Map.copyOf(frozen));
    }

    /** Whether the word at i of the sentence (its form or lemma) is of that class in the sentence's language. */
    boolean is(SentenceView v, Kind kind, int i) {
        return is(v.lang(), kind, v.norm(i)) || is(v.lang(), kind, v.lemma(i));
    }

    /** Whether the word (lower case) is of that class; an entry ending in * matches any ending. */
    boolean is(String lang, Kind kind, String word) {
        Set<String> set = words(lang, kind);
        if (set.contains(word)) {
            return true;
        }
        for (String s : set) {
            if (s.endsWith("*") && word.startsWith(s.substring(0, s.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a class in a language (empty when the language lists none). */
    Set<String> words(String lang, Kind kind) {
        return words.getOrDefault(lang, Map.of()).getOrDefault(kind, Set.of());
    }
}
