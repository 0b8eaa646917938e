package org.caravan.model;

/** A sentence: its span and its tokens, {@code [firstToken, endToken)} in document token indices. */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public Sentence {
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("invalid token range " + firstToken + ".." + endToken);
        }
    }
}
