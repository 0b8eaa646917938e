package org.caravan.nlp.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps Penn Treebank tags (with the lemma, for {@code be}) to Universal POS tags, from
 * {@code /nlp/ptb-upos.tsv}. Immutable and thread-safe.
 */
public final class PosMapping {

    private static final PosMapping ENGLISH = new PosMapping(load("/nlp/ptb-upos.tsv"));

    private final Map<String, String> byTagAndLemma;

    private PosMapping(Map<String, String> byTagAndLemma) {
        this.byTagAndLemma = Map.copyOf(byTagAndLemma);
    }

    /** The Penn Treebank mapping shipped with Caravan. */
    public static PosMapping pennTreebank() {
        return ENGLISH;
    }

    /** The UPOS tag of a PTB tag, {@code X} when the tag is unknown. */
    public String upos(String ptb, String lemma) {
        String specific = byTagAndLemma.get(ptb + "\t" + lemma.toLowerCase(Locale.ROOT));
        if (specific != null) {
            return specific;
        }
        return byTagAndLemma.getOrDefault(ptb + "\t*", "X");
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Tsv.read(resource, 3)) {
            m.put(row[0] + "\t" + row[1].toLowerCase(Locale.ROOT), row[2]);
        }
        return m;
    }
}
