package org.caravan.nlp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps Penn Treebank tags (with the lemma, for {@code be}) to Universal POS tags, from
 * {@code /nlp/ptb-upos.tsv}, and finds auxiliary {@code do} and {@code have} by the verb after them. Immutable and thread-safe.
 */
public final class PosMapping {

    private static final PosMapping ENGLISH = new PosMapping(load("/nlp/ptb-upos.tsv"),
            loadAuxiliaries("/nlp/auxiliaries-en.tsv"));
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("RB", "PRP", "DT", "JJ", "NN",
            "NNS", "NNP", "NNPS", "PDT", "CD");
    private static final int REACH = 4;

    private final Map<String, String> byTagAndLemma;
    private final Map<String, String> auxiliaries;

    private PosMapping(Map<String, String> byTagAndLemma, Map<String, String> auxiliaries) {
        this.byTagAndLemma = Map.copyOf(byTagAndLemma);
        this.auxiliaries = Map.copyOf(auxiliaries);
    }

    /**
     * The UPOS tags of a sentence's PTB tags and lemmas: {@link #upos(String, String)}, and
     * {@code AUX} for {@code do} or {@code have} followed by the verb form listed in
     * {@code /nlp/auxiliaries-en.tsv}.
     */
    public List<String> upos(List<String> ptb, List<String> lemmas) {
        List<String> out = new ArrayList<>(ptb.size());
        for (int i = 0; i < ptb.size(); i++) {
            String lemma = lemmas.get(i).toLowerCase(Locale.ROOT);
            String next = auxiliaries.get(lemma);
            out.add(next != null && ptb.get(i).startsWith("VB") && followedBy(ptb, i, next)
                    ? "AUX" : upos(ptb.get(i), lemma));
        }
        return out;
    }

    private static boolean followedBy(List<String> ptb, int i, String tag) {
        for (int j = i + 1; j < ptb.size() && j <= i + REACH; j++) {
            if (ptb.get(j).equals(tag)) {
                return true;
            }
            if (!BETWEEN.contains(ptb.get(j))) {
                return false;
            }
        }
        return false;
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

    private static Map<String, String> loadAuxiliaries(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Tsv.read(resource, 2)) {
            m.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return m;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Tsv.read(resource, 3)) {
            m.put(row[0] + "\t" + row[1].toLowerCase(Locale.ROOT), row[2]);
        }
        return m;
    }
}
