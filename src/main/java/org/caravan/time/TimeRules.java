package org.caravan.time;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time rules of every supported language, loaded once from {@code time/<lang>/} on the classpath (and
 * from a user folder laid out the same way). Expensive to build, then immutable and thread-safe: share one.
 */
public final class TimeRules {

    /** The languages shipped with Caravan. */
    public static final List<String> BUILT_IN = List.of("en", "fr", "ru", "de", "es");

    private final Map<String, LanguageRules> byLang;

    private TimeRules(Map<String, LanguageRules> byLang) {
        this.byLang = Map.copyOf(byLang);
    }

    /** The built-in rules. */
    public static TimeRules load() {
        return load(Optional.empty());
    }

    /**
     * The built-in rules, each language extended by the files of {@code userDir/<lang>/} when present
     * (calendar.tsv, words.tsv, patterns.tsv, tense.tsv, same formats); a user folder may also add a language.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static TimeRules load(Optional<Path> userDir) {
        Map<String, LanguageRules> m = new LinkedHashMap<>();
        java.util.Set<String> langs = new java.util.LinkedHashSet<>(BUILT_IN);
        userDir.ifPresent(d -> {
            java.io.File[] subs = d.toFile().listFiles(java.io.File::isDirectory);
            if (subs != null) {
                for (java.io.File f : subs) {
                    langs.add(f.getName());
                }
            }
        });
        for (String lang : langs) {
            LanguageRules.load(lang, userDir).ifPresent(r -> m.put(lang, r));
        }
        return new TimeRules(m);
    }

    public Set<String> languages() {
        return byLang.keySet();
    }

    /** The rules for a language code ("fr", "fr-FR", "en_US"), if it is supported. */
    Optional<LanguageRules> forLanguage(String code) {
        String base = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Optional.ofNullable(byLang.get(base));
    }
}
