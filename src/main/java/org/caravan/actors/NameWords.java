package org.caravan.actors;

import java.util.Set;

/**
 * Words that look like names but are not the names of actors: common first names in the five languages
 * ({@code first-names.tsv}: "Dominique" is not Dominica when a surname follows) and the function words of every
 * language ({@code function-words.tsv}: "сам", "himself", "même", "selbst", "mismo"). A fuzzy match never takes
 * one of them. Keys are folded word keys ({@link Normalizer#phraseKeys(String)} joined by spaces). Immutable.
 */
record NameWords(Set<String> firstNames, Set<String> functionWords) {

    NameWords {
        firstNames = Set.copyOf(firstNames);
        functionWords = Set.copyOf(functionWords);
    }

    boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    /** Whether a folded phrase is a first name or a function word of any language. */
    boolean neverFuzzy(String key) {
        return firstNames.contains(key) || functionWords.contains(key);
    }
}
