package org.caravan.nlp;

/**
 * One NLP library for one language: sentences, tokens, lemmas, parts of speech and, when asked,
 * named entities. Token spans are half-open offsets into the given text and a token's text is
 * exactly the text its span covers; POS tags are Universal POS tags ({@code X} when unknown).
 * Implementations state their thread-safety.
 */
public interface NlpAdapter {

    /** Annotates a text; never throws on odd input (empty, binary junk, very long lines). */
    Annotated annotate(String text);
}
