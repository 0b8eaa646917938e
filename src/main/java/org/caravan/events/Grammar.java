package org.caravan.events;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words the coder needs per language (negations, future auxiliaries, prepositions...), read from
 * {@code events/grammar.tsv} ({@code lang, kind, words} with words separated by commas). Immutable; thread-safe.
 */
public final class Grammar {

    /** The word classes the coder looks at; see docs/events.md. */
    public enum Kind {
        NEG, NEG_DET, FUTURE_AUX, FUTURE_SUFFIX, PLAN, COND_AUX, COND_SUFFIX, COND_WORD, HEDGE, INTENT,
        PASSIVE_AUX, AGENT_PREP, PLACE_PREP, GEN_PREP, PREP, COORD, PRON_SUBJ, PRON_FIRST, REPORT, CLAUSE_BREAK,
        ELISION, SKIP, REL_SUBJ, REL_OBJ, POSS, NEG_VERB, ADJUNCT_PREP, PLUPERFECT, APPEAL_VERB, INFINITIVE, ANNOUNCE, POSS_PLURAL, PAIR, FRONT_PREP, CLAIM, CLAIM_LINK,
        PERFECT_AUX, SEP_PARTICLE, VERBAL_NOUN, NOUN_AGENT_PREP, NOUN_PARTNER_PREP, NOUN_DEST_PREP, ARTICLE, INVITATION_PREP, AGENT_CASE, PASSIVE_SUFFIX, SUMMIT_NOUN, POSS_PERSON, POSS_NONPERSON, PASSIVE_ONLY_AUX, ATTEND_VERB,
        RECIPROCAL, INFINITIVE_SUFFIX, RELATIONAL, ANAPHOR, PRON_FIRST_PLURAL
    }

    static final String RESOURCE = "events/grammar.tsv";
    private static volatile Grammar standard;

    private final Map<String, Map<Kind, Set<String>>> words;
    private final Map<String, String> elisions;

    private Grammar(Map<String, Map<Kind, Set<String>>> words, Map<String, String> elisions) {
        this.words = words;
        this.elisions = elisions;
    }

    public static Grammar standard() {
        Grammar g = standard;
        if (g == null) {
            synchronized (Grammar.class) {
                g = standard;
                if (g == null) {
                    g = from(TsvTable.resource(RESOURCE, 3));
                    standard = g;
                }
            }
        }
        return g;
    }

    static Grammar from(TsvTable table) {
        Map<String, Map<Kind, Set<String>>> m = new HashMap<>();
        Map<String, String> el = new HashMap<>();
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
                String x = w.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace("<comma>", ",");
                if (x.isEmpty()) {
                    continue;
                }
                if (kind == Kind.ELISION) {
                    String[] kv = x.split("=");
                    if (kv.length != 2) {
                        throw row.error("elision must read FORM=WORD, found '" + x + "'");
                    }
                    el.put(kv[0], kv[1]);
                }
                set.add(x);
            }
        }
        m.replaceAll((k, v) -> {
            v.replaceAll((kk, s) -> Set.copyOf(s));
            return Collections.unmodifiableMap(v);
        });
        return new Grammar(Collections.unmodifiableMap(m), Map.copyOf(el));
    }

    /** Whether the word (lower case) belongs to the class in that language. */
    public boolean is(String lang, Kind kind, String word) {
        return words.getOrDefault(lang, Map.of()).getOrDefault(kind, Set.of()).contains(word);
    }

    /** Whether the language lists any word of that class. */
    public boolean has(String lang, Kind kind) {
        return !get(lang, kind).isEmpty();
    }

    public Set<String> get(String lang, Kind kind) {
        return words.getOrDefault(lang, Map.of()).getOrDefault(kind, Set.of());
    }

    /** Whether the word ends with one of the suffixes of that class. */
    public boolean endsWith(String lang, Kind kind, String word) {
        for (String s : get(lang, kind)) {
            if (word.length() > s.length() + 2 && word.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** The full word an elided form stands for ("s'" → "se"), else the form itself. */
    public String unelide(String form) {
        return elisions.getOrDefault(form, form);
    }
}
