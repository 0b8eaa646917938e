package org.caravan.events;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that decide how modality chooses a code (events/modality.tsv): verbs of refusal, verbs of decision,
 * agreement or plan, and the infinitive markers between such a verb and its complement. Immutable; thread-safe.
 */
final class ModalCues {

    /** The word classes of modality.tsv. */
    enum Cue { REFUSE, DECIDE_VERB, INTENT_VERB, MARKER, BACKSHIFT }

    static final String RESOURCE = "events/modality.tsv";
    private static volatile ModalCues standard;

    private final Map<String, Map<Cue, Set<String>>> words;

    private ModalCues(Map<String, Map<Cue, Set<String>>> words) {
        this.words = words;
    }

    static ModalCues standard() {
        ModalCues c = standard;
        if (c == null) {
            synchronized (ModalCues.class) {
                c = standard;
                if (c == null) {
                    c = from(TsvTable.resource(RESOURCE, 2));
                    standard = c;
                }
            }
        }
        return c;
    }

    static ModalCues from(TsvTable table) {
        Map<String, Map<Cue, Set<String>>> m = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            Cue cue;
            try {
                cue = Cue.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get(1) + "'");
            }
            Map<Cue, Set<String>> byCue = m.computeIfAbsent(row.get(0), k -> new EnumMap<>(Cue.class));
            if (byCue.containsKey(cue)) {
                throw row.error(cue + " listed twice for language '" + row.get(0) + "'");
            }
            HashSet<String> set = new HashSet<>();
            for (String w : row.get(2).split(",")) {
                String x = w.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (!x.isEmpty()) {
                    set.add(x);
                }
            }
            byCue.put(cue, Set.copyOf(set));
        }
        Map<String, Map<Cue, Set<String>>> frozen = new HashMap<>();
        m.forEach((lang, byCue) -> frozen.put(lang, Map.copyOf(byCue)));
        return new ModalCues(Map.copyOf(frozen));
    }

    /** Whether the word (lower case) belongs to the class in that language. */
    boolean is(String lang, Cue cue, String word) {
        return words.getOrDefault(lang, Map.of()).getOrDefault(cue, Set.of()).contains(word);
    }

    /** Whether the word at index i, by form or lemma, belongs to the class in the view's language. */
    boolean is(SentenceView v, Cue cue, int i) {
        return is(v.lang(), cue, v.norm(i)) || is(v.lang(), cue, v.lemma(i));
    }
}
