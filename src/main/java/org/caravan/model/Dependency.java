package org.caravan.model;

/**
 * A dependency arc between two tokens (document token indices). {@code head} is -1 for the root.
 * Relations are Universal Dependencies labels ({@code nsubj}, {@code obj}, {@code obl:mod}...).
 */
public record Dependency(int head, int dependent, String relation) {
}
