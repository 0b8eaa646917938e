package org.caravan.nlp;

import java.util.Map;
import java.util.Set;

/**
 * Configuration of the NLP stages. Immutable and thread-safe.
 *
 * @param ner            run the library's named-entity recognizer (slow: off by default; the actors
 *                       stage finds actors from its own knowledge base)
 * @param maxChars       annotate at most this many characters of a document (cut at a space); the
 *                       rest is left unannotated and a diagnostic says so
 * @param maxParseTokens sentences longer than this are not parsed (junk text, lists, tables)
 */
public record NlpConfig(boolean ner, int maxChars, int maxParseTokens) {

    private static final Set<String> KEYS = Set.of("ner", "max-chars", "max-parse-tokens");

    public NlpConfig {
        if (maxChars < 1) {
            throw new IllegalArgumentException("max-chars must be positive, got " + maxChars);
        }
        if (maxParseTokens < 1) {
            throw new IllegalArgumentException("max-parse-tokens must be positive, got " + maxParseTokens);
        }
    }

    /** No NER, the first 100,000 characters, sentences of up to 120 tokens parsed. */
    public static NlpConfig defaults() {
        return new NlpConfig(false, 100_000, 120);
    }

    public NlpConfig withNer(boolean on) {
        return new NlpConfig(on, maxChars, maxParseTokens);
    }

    public NlpConfig withMaxChars(int n) {
        return new NlpConfig(ner, n, maxParseTokens);
    }

    /**
     * Builds a configuration from string settings ({@code ner}, {@code max-chars},
     * {@code max-parse-tokens}) over the defaults; an unknown key or a bad value is an error naming it.
     */
    public static NlpConfig fromMap(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown nlp setting '" + key + "' (known: " + KEYS + ")");
            }
        }
        NlpConfig d = defaults();
        return new NlpConfig(
                bool(settings.getOrDefault("ner", Boolean.toString(d.ner()))),
                integer("max-chars", settings.getOrDefault("max-chars", Integer.toString(d.maxChars()))),
                integer("max-parse-tokens",
                        settings.getOrDefault("max-parse-tokens", Integer.toString(d.maxParseTokens()))));
    }

    private static boolean bool(String v) {
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("nlp setting 'ner' must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    private static int integer(String key, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("nlp setting '" + key + "' must be an integer, got '" + v + "'", e);
        }
    }
}
