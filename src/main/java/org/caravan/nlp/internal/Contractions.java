package org.caravan.nlp.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Contractions of a language ({@code au = à le}, {@code zum = zu dem}, {@code del = de el}) from
 * {@code /nlp/contractions-LANG.tsv}, so that the tagger and the dependency parser, trained on split words,
 * get the parts of a written word. Immutable, thread-safe.
 */
public final class Contractions {

    /** One part of a contraction and its Universal POS tag. */
    public record Part(String word, String upos) {
    }

    private static final Map<String, Contractions> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, List<Part>> parts;

    private Contractions(Map<String, List<Part>> parts) {
        this.parts = Map.copyOf(parts);
    }

    public static Contractions french() {
        return forLanguage("fr");
    }

    /** The contractions of a language; none when it has no table. */
    public static Contractions forLanguage(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang, k -> {
            String resource = "/nlp/contractions-" + k + ".tsv";
            return new Contractions(Contractions.class.getResource(resource) == null ? Map.of() : load(resource));
        });
    }

    /** The parts of a written word, whatever its tag (for languages whose contractions are unambiguous). */
    public Optional<List<Part>> parts(String word) {
        return Optional.ofNullable(parts.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The parts of a contraction tagged ADP (a {@code des} tagged DET is an article, not a contraction). */
    public Optional<List<Part>> split(String word, String upos) {
        if (!"ADP".equals(upos)) {
            return Optional.empty();
        }
        return Optional.ofNullable(parts.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, List<Part>> load(String resource) {
        Map<String, List<Part>> m = new HashMap<>();
        for (String[] row : Tsv.read(resource, 3)) {
            String[] words = row[1].split(" ");
            String[] tags = row[2].split(" ");
            if (words.length != tags.length) {
                throw new IllegalStateException(resource + ": parts and tags differ in number for " + row[0]);
            }
            Part[] p = new Part[words.length];
            for (int i = 0; i < words.length; i++) {
                p[i] = new Part(words[i], tags[i]);
            }
            m.put(row[0].toLowerCase(Locale.ROOT), List.of(p));
        }
        return m;
    }
}
