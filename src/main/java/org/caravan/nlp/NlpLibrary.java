package org.caravan.nlp;

import java.util.Optional;

/**
 * The swap point for the NLP library: it gives an {@link NlpAdapter} for every language (a generic
 * one for languages it does not know) and a {@link SentenceParser} for the languages it can parse.
 * Implementations load heavy models once and share them; they are thread-safe.
 */
public interface NlpLibrary {

    /** The annotator for a language code ({@code fr}, {@code en}...), or a generic one. */
    NlpAdapter annotator(String lang, NlpConfig config);

    /** The dependency parser for a language, if the library has one. */
    Optional<SentenceParser> parser(String lang);

    /** Whether {@link #annotator} fills POS tags for this language. */
    boolean tags(String lang);

    /** A short name for reports and docs. */
    String name();
}
