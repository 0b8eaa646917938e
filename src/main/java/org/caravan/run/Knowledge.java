package org.caravan.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caravan.data.Fingerprints;

/**
 * The knowledge a run codes with, as hashes ({@link Fingerprints}): Caravan's code and bundled data files, the
 * user's knowledge-base folder, and the user's trigger lexicons by language. Stored with each document (in its
 * {@link WorkSignature}), so that a later run redoes the documents whose knowledge changed. Immutable.
 *
 * @param code      the hash of Caravan's code and bundled data files
 * @param kb        the hash of the user's knowledge-base files, "none" without a folder
 * @param lexicons  the hash of the user's lexicon lines, by their language code
 */
public record Knowledge(String code, String kb, Map<String, String> lexicons) {

    /** The language whose lexicon every document may fall back on (the events coder's fallback). */
    static final String FALLBACK = "en";

    public Knowledge {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kb, "kb");
        lexicons = Map.copyOf(lexicons);
    }

    /** Caravan's code and bundled knowledge only: no user files. */
    public static Knowledge bundled() {
        return new Knowledge(Fingerprints.code(), "none", Map.of());
    }

    /** With the user's knowledge-base folder and lexicon files, read now. */
    public static Knowledge of(Optional<Path> kbFolder, List<Path> lexiconFiles) {
        return new Knowledge(Fingerprints.code(), Fingerprints.files(kbFolder.map(List::of).orElse(List.of())),
                Fingerprints.linesByFirstCell(lexiconFiles));
    }

    /** The hash of the user lexicon lines a document in {@code lang} may use: its language's and the fallback's. */
    public String lexiconsFor(String lang) {
        String own = lexicons.getOrDefault(lang, "none");
        return lang.equals(FALLBACK) ? own : own + "+" + lexicons.getOrDefault(FALLBACK, "none");
    }
}
