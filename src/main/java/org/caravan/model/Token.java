package org.caravan.model;

/**
 * A token. {@code index} is its position in the document; {@code lemma} falls back to the
 * lower-cased text and {@code pos} to the Universal Dependencies tag {@code X} when no tool gives them.
 */
public record Token(int index, int sentence, Span span, String text, String lemma, String pos) {
    public Token {
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(lemma, "lemma");
        java.util.Objects.requireNonNull(pos, "pos");
    }
}
