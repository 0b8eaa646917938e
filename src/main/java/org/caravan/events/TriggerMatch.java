package org.caravan.events;

import java.util.List;

/**
 * A lexicon entry found in a sentence: its head token and all its tokens (sentence-relative indices).
 */
record TriggerMatch(TriggerEntry entry, int head, List<Integer> tokens) {

    TriggerMatch {
        tokens = List.copyOf(tokens);
    }

    int first() {
        return tokens.stream().mapToInt(Integer::intValue).min().orElse(head);
    }

    int last() {
        return tokens.stream().mapToInt(Integer::intValue).max().orElse(head);
    }
}
