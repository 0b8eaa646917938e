package org.caravan.events;

import java.util.List;
import java.util.Objects;

/**
 * One lexicon line: a word or phrase that signals an event of a CAMEO code, and where its arguments are.
 *
 * @param lang      ISO 639-1 language
 * @param words     lemmas, or stems ending in {@code *}, in text order
 * @param head      index in {@code words} of the head word (marked {@code @} in the file, else the first)
 * @param pos       VERB, NOUN, ADJ or ANY: the head token's part of speech, checked when the tagger gives one
 * @param code      the CAMEO code
 * @param source    where the source is, in order of preference
 * @param target    where the target is, in order of preference
 * @param symmetric whether coordinated subjects ("X et Y se sont rencontrés") make the pair
 * @param origin    file and line, for explanations
 */
public record TriggerEntry(String lang, List<String> words, int head, String pos, String code, List<Slot> source,
                           List<Slot> target, boolean symmetric, String origin) {

    public TriggerEntry {
        Objects.requireNonNull(lang, "lang");
        words = List.copyOf(words);
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head out of range");
        }
    }

    public String headWord() {
        return words.get(head);
    }

    public String phrase() {
        return String.join(" ", words);
    }
}
