package org.caravan.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import org.caravan.data.DataFileException;
import org.caravan.data.Fingerprints;

/**
 * Trigger lexicons: words and phrases mapped to CAMEO codes with their argument frames, by language, read
 * from TSV files ({@code lang, trigger, pos, code, source, target, flags} and an optional {@code class}, one of
 * {@link TriggerClasses}; see docs/events.md). The files
 * shipped are listed in {@code events/triggers.list}; users can add their own. Immutable; thread-safe.
 */
public final class Lexicon {

    static final String LIST = "events/triggers.list";
    private static final Set<String> POS = Set.of("VERB", "NOUN", "ADJ", "ANY");
    private static Standard standard;

    private final Map<String, Map<String, List<TriggerEntry>>> exact;
    private final Map<String, List<TriggerEntry>> stems;
    private final Map<String, Map<String, List<TriggerEntry>>> byStem;
    private final int size;

    private Lexicon(List<TriggerEntry> entries) {
        Map<String, Map<String, List<TriggerEntry>>> ex = new HashMap<>();
        Map<String, List<TriggerEntry>> st = new HashMap<>();
        Map<String, Map<String, List<TriggerEntry>>> bs = new HashMap<>();
        for (TriggerEntry e : entries) {
            String h = e.headWord();
            if (h.endsWith("*")) {
                st.computeIfAbsent(e.lang(), k -> new ArrayList<>()).add(e);
            } else {
                ex.computeIfAbsent(e.lang(), k -> new HashMap<>()).computeIfAbsent(h, k -> new ArrayList<>()).add(e);
                bs.computeIfAbsent(e.lang(), k -> new HashMap<>())
                        .computeIfAbsent(TriggerMatcher.stemOf(h), k -> new ArrayList<>()).add(e);
            }
        }
        bs.replaceAll((k, v) -> {
            v.replaceAll((w, l) -> List.copyOf(l));
            return Collections.unmodifiableMap(v);
        });
        this.byStem = Collections.unmodifiableMap(bs);
        ex.replaceAll((k, v) -> {
            v.replaceAll((w, l) -> List.copyOf(l));
            return Collections.unmodifiableMap(v);
        });
        st.replaceAll((k, v) -> List.copyOf(v));
        this.exact = Collections.unmodifiableMap(ex);
        this.stems = Collections.unmodifiableMap(st);
        this.size = entries.size();
    }

    /**
     * The lexicons shipped with Caravan plus the user's ({@link UserLexicons#configured()}: the
     * {@code caravan.lexicons} property or {@code CARAVAN_LEXICONS}), checked against the standard codebook;
     * loaded on first use and again when the configured files or their contents change. A malformed user file is a
     * {@link DataFileException} naming the file and line, each time this is called.
     */
    public static Lexicon standard() {
        List<Path> files = UserLexicons.configured();
        String contents = Fingerprints.files(files);
        synchronized (Lexicon.class) {
            Standard s = standard;
            if (s == null || !s.files().equals(files) || !s.contents().equals(contents)) {
                s = new Standard(files, contents, withFiles(files, Codebook.standard()));
                standard = s;
            }
            return s.lexicon();
        }
    }

    /** The standard lexicon with the user files it was read with and the hash of their contents. */
    private record Standard(List<Path> files, String contents, Lexicon lexicon) {
    }

    /** The shipped lexicons plus user files. */
    public static Lexicon withFiles(List<Path> files, Codebook codebook) {
        List<TsvTable> tables = new ArrayList<>(resourceTables());
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                tables.add(TsvTable.read(in, p.toString(), 6));
            } catch (IOException e) {
                throw new DataFileException(p.toString(), "cannot read lexicon: " + e.getMessage(), e);
            }
        }
        return of(tables, codebook);
    }

    /** Reads one lexicon from a stream; errors name {@code file} and the line. */
    public static Lexicon read(InputStream in, String file, Codebook codebook) {
        return of(List.of(TsvTable.read(in, file, 6)), codebook);
    }

    private static List<TsvTable> resourceTables() {
        List<TsvTable> out = new ArrayList<>();
        InputStream list = Lexicon.class.getClassLoader().getResourceAsStream(LIST);
        if (list == null) {
            throw new IllegalStateException("missing resource " + LIST);
        }
        try (list) {
            for (String line : new String(list.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    out.add(TsvTable.resource("events/" + name, 6));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Lexicon of(List<TsvTable> tables, Codebook codebook) {
        List<TriggerEntry> entries = new ArrayList<>();
        for (TsvTable t : tables) {
            for (TsvTable.Row row : t.rows()) {
                entries.add(entry(row, codebook));
            }
        }
        return new Lexicon(entries);
    }

    private static TriggerEntry entry(TsvTable.Row row, Codebook codebook) {
        String lang = row.get(0).toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2}")) {
            throw row.error("language must be a two-letter code, found '" + row.get(0) + "'");
        }
        String[] raw = row.get(1).toLowerCase(Locale.ROOT).replace('’', '\'').trim().split("\\s+");
        if (raw.length == 0 || raw[0].isEmpty()) {
            throw row.error("empty trigger");
        }
        List<String> words = new ArrayList<>();
        int head = 0;
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (w.startsWith("@")) {
                head = i;
                w = w.substring(1);
            }
            if (w.isEmpty() || w.equals("*")) {
                throw row.error("empty word in trigger '" + row.get(1) + "'");
            }
            words.add(w);
        }
        String pos = row.get(2).toUpperCase(Locale.ROOT);
        if (!POS.contains(pos)) {
            throw row.error("part of speech must be VERB, NOUN, ADJ or ANY, found '" + row.get(2) + "'");
        }
        String code = row.get(3);
        if (!codebook.contains(code)) {
            throw row.error("unknown CAMEO code '" + code + "'");
        }
        List<Slot> source = Slot.parseList(row.get(4), row);
        List<Slot> target = Slot.parseList(row.get(5), row);
        String flags = row.get(6);
        boolean sym = false;
        for (String f : flags.split(",")) {
            String x = f.strip();
            if (x.equals("sym")) {
                sym = true;
            } else if (!x.isEmpty() && !x.equals("-")) {
                throw row.error("unknown flag '" + x + "' (known: sym)");
            }
        }
        return new TriggerEntry(lang, words, head, pos, code, source, target, sym, row.file() + ":" + row.line(),
                kind(row, code));
    }

    /** The eighth column: a class of {@code trigger-classes.tsv} whose roots hold the code, or empty. */
    private static Optional<String> kind(TsvTable.Row row, String code) {
        String name = row.get(7);
        if (name.isEmpty() || name.equals("-")) {
            return Optional.empty();
        }
        TriggerClasses.TriggerClass c = TriggerClasses.standard().get(name).orElseThrow(() -> row.error(
                "unknown trigger class '" + name + "' (see " + TriggerClasses.RESOURCE + ")"));
        if (!c.roots().contains(code.substring(0, 2))) {
            throw row.error("code " + code + " is outside the roots " + new TreeSet<>(c.roots())
                    + " of class '" + name + "'");
        }
        return Optional.of(name);
    }

    /** Entries whose head word matches a token form (a lemma or a lower-cased word), in file order. */
    public List<TriggerEntry> candidates(String lang, String form) {
        List<TriggerEntry> out = new ArrayList<>();
        Map<String, List<TriggerEntry>> m = exact.get(lang);
        if (m != null) {
            out.addAll(m.getOrDefault(form, List.of()));
        }
        for (TriggerEntry e : stems.getOrDefault(lang, List.of())) {
            String h = e.headWord();
            if (form.startsWith(h.substring(0, h.length() - 1))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Entries whose head lemma, cut of its ending, begins the word: for word forms that no lemmatizer
     * reduced ("rencontrera" → "rencontrer"). Prefixes shorter than {@code minStem} are not tried.
     */
    public List<TriggerEntry> byStem(String lang, String word, int minStem) {
        Map<String, List<TriggerEntry>> m = byStem.get(lang);
        List<TriggerEntry> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        for (int len = word.length(); len >= minStem; len--) {
            out.addAll(m.getOrDefault(word.substring(0, len), List.of()));
        }
        return out;
    }

    /** Whether the word matches a pattern word (a lemma, or a stem ending with {@code *}). */
    static boolean matches(String pattern, String form) {
        return pattern.endsWith("*") ? form.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(form);
    }

    /** The trigger classes that have at least one entry in the language. */
    public Set<String> classes(String lang) {
        Set<String> out = new TreeSet<>();
        for (List<TriggerEntry> l : exact.getOrDefault(lang, Map.of()).values()) {
            l.forEach(e -> e.kind().ifPresent(out::add));
        }
        stems.getOrDefault(lang, List.of()).forEach(e -> e.kind().ifPresent(out::add));
        return out;
    }

    public boolean hasLanguage(String lang) {
        return exact.containsKey(lang) || stems.containsKey(lang);
    }

    public int size() {
        return size;
    }
}
