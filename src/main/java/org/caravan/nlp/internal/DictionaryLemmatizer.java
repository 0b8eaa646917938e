package org.caravan.nlp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from a morfologik dictionary (LanguageTool's, listed in {@code /nlp/dictionaries.tsv}).
 * When a Universal POS tag is known and {@code /nlp/lemma-tags.tsv} maps it for the language, the
 * readings whose tag starts with the mapped prefix are preferred; ties (and languages without a
 * tagger) are broken by the tag preferences of {@code /nlp/lemma-preferences.tsv}, then by
 * dictionary order. Typographic apostrophes are read as {@code '}. Unknown words get their
 * lower-cased form.
 *
 * <p>The lemmatizer (the dictionary) is immutable, loaded once per language and thread-safe;
 * a {@link Session} (morfologik's lookup, which reuses buffers) is for one thread at a time.
 */
public final class DictionaryLemmatizer {

    private static final Map<String, String> RESOURCES = loadResources();
    private static final Map<String, Map<String, String>> PREFIXES = loadPrefixes();
    private static final Map<String, List<String>> PREFERENCES = loadPreferences();
    private static final Map<String, Optional<DictionaryLemmatizer>> CACHE = new ConcurrentHashMap<>();

    private final Dictionary dictionary;
    private final Map<String, String> prefixes;
    private final List<String> preferences;

    private DictionaryLemmatizer(Dictionary dictionary, Map<String, String> prefixes, List<String> preferences) {
        this.dictionary = dictionary;
        this.prefixes = prefixes;
        this.preferences = preferences;
    }

    /** The lemmatizer of a language, loaded on first use; empty when no dictionary is listed for it. */
    public static Optional<DictionaryLemmatizer> forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, DictionaryLemmatizer::load);
    }

    private static Optional<DictionaryLemmatizer> load(String lang) {
        String resource = RESOURCES.get(lang);
        if (resource == null) {
            return Optional.empty();
        }
        URL url = DictionaryLemmatizer.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("dictionary " + resource + " for " + lang + " is not on the classpath");
        }
        try {
            return Optional.of(new DictionaryLemmatizer(Dictionary.read(url),
                    PREFIXES.getOrDefault(lang, Map.of()), PREFERENCES.getOrDefault(lang, List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + resource, e);
        }
    }

    /** A lookup session for one thread. */
    public Session session() {
        return new Session(new DictionaryLookup(dictionary));
    }

    /** Looks up lemmas; not thread-safe (one per thread or per document). */
    public final class Session {
        private final DictionaryLookup lookup;

        private Session(DictionaryLookup lookup) {
            this.lookup = lookup;
        }

        /** The lemma of a word; {@code upos} may be empty when unknown. */
        public String lemma(String surface, String upos) {
            String word = surface.replace('\u2019', '\'');
            String lower = word.toLowerCase(Locale.ROOT);
            String lemma = best(lookup.lookup(word), upos);
            if (lemma == null && !lower.equals(word)) {
                lemma = best(lookup.lookup(lower), upos);
            }
            return lemma == null ? lower : lemma;
        }

        private String best(List<WordData> readings, String upos) {
            String prefix = prefixes.get(upos);
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            for (WordData w : readings) {
                CharSequence stem = w.getStem();
                if (stem == null || stem.length() == 0) {
                    continue;
                }
                String tag = w.getTag() == null ? "" : w.getTag().toString();
                int rank = (prefix != null && tag.startsWith(prefix) ? 0 : 1000) + preference(tag);
                if (rank < bestRank) {
                    best = firstPart(stem.toString());
                    bestRank = rank;
                }
            }
            return best;
        }

        private int preference(String tag) {
            for (int i = 0; i < preferences.size(); i++) {
                if (tag.startsWith(preferences.get(i))) {
                    return i;
                }
            }
            return preferences.size();
        }
    }

    /** LanguageTool writes contractions' lemmas as {@code à+le}: keep the first word. */
    private static String firstPart(String stem) {
        int plus = stem.indexOf('+');
        return plus > 0 ? stem.substring(0, plus) : stem;
    }

    private static Map<String, String> loadResources() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Tsv.read("/nlp/dictionaries.tsv", 2)) {
            m.put(row[0], row[1]);
        }
        return Map.copyOf(m);
    }

    private static Map<String, List<String>> loadPreferences() {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] row : Tsv.read("/nlp/lemma-preferences.tsv", 2)) {
            m.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        Map<String, List<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static Map<String, Map<String, String>> loadPrefixes() {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (String[] row : Tsv.read("/nlp/lemma-tags.tsv", 3)) {
            m.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], row[2]);
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
