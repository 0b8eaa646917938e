package org.caravan.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The time rules of one language, read from {@code time/<lang>/calendar.tsv} (month and weekday names, shared
 * with the ingest datelines), {@code words.tsv}, {@code patterns.tsv} and {@code tense.tsv} on the classpath, followed by the same files in a user folder when one is given.
 * Immutable and thread-safe.
 */
final class LanguageRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\w+)%");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String lang;
    private final WordLists words;
    private final List<Rule> rules;
    private final TenseCues tense;

    private LanguageRules(String lang, WordLists words, List<Rule> rules, TenseCues tense) {
        this.lang = lang;
        this.words = words;
        this.rules = List.copyOf(rules);
        this.tense = tense;
    }

    /** Loads a language; empty when the classpath has no patterns for it. */
    static Optional<LanguageRules> load(String lang, Optional<Path> userDir) {
        String base = "time/" + lang + "/";
        if (LanguageRules.class.getClassLoader().getResource(base + "patterns.tsv") == null
                && userDir.map(d -> !Files.exists(d.resolve(lang).resolve("patterns.tsv"))).orElse(true)) {
            return Optional.empty();
        }
        List<Tsv.Row> wordRows = new ArrayList<>(rows(base, "calendar.tsv", userDir, lang, 3));
        wordRows.addAll(rows(base, "words.tsv", userDir, lang, 3));
        WordLists words = WordLists.of(wordRows);
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row r : rows(base, "patterns.tsv", userDir, lang, 4)) {
            rules.add(rule(r, words, rules.size()));
        }
        TenseCues tense = TenseCues.of(rows(base, "tense.tsv", userDir, lang, 2));
        return Optional.of(new LanguageRules(lang, words, rules, tense));
    }

    private static List<Tsv.Row> rows(String base, String file, Optional<Path> userDir, String lang, int columns) {
        List<Tsv.Row> rows = new ArrayList<>();
        try (InputStream in = LanguageRules.class.getClassLoader().getResourceAsStream(base + file)) {
            if (in != null) {
                rows.addAll(Tsv.read(in, base + file, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base + file, e);
        }
        if (userDir.isPresent()) {
            Path p = userDir.get().resolve(lang).resolve(file);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    rows.addAll(Tsv.read(in, p.toString(), columns));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p, e);
                }
            }
        }
        return rows;
    }

    private static Rule rule(Tsv.Row r, WordLists words, int order) {
        String name = r.cell(0).strip();
        String type = r.cell(1).strip();
        if (!List.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
            throw r.error("type must be DATE, TIME, DURATION or SET, not '" + type + "'");
        }
        Matcher m = PLACEHOLDER.matcher(r.cell(2));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (!words.has(m.group(1))) {
                throw r.error("unknown word list %" + m.group(1) + "%");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(words.alternation(m.group(1))));
        }
        m.appendTail(sb);
        try {
            return new Rule(name, type, Pattern.compile(bounded(sb.toString()), FLAGS), r.cell(3).strip(), order);
        } catch (PatternSyntaxException e) {
            throw r.error("bad pattern: " + e.getDescription());
        }
    }

    /** Wraps a regex so that it neither starts nor ends inside a word. */
    static String bounded(String regex) {
        return "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    }

    String lang() {
        return lang;
    }

    WordLists words() {
        return words;
    }

    List<Rule> rules() {
        return rules;
    }

    TenseCues tense() {
        return tense;
    }
}
