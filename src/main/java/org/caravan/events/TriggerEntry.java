package org.caravan.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param kind      the trigger class ({@link TriggerClasses}) the entry belongs to, when the file names one
 */
public record TriggerEntry(String lang, List<String> words, int head, String pos, String code, List<Slot> source,
                           List<Slot> target, boolean symmetric, String origin, Optional<String> kind) {

    public TriggerEntry {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head out of range");
        }
    }

    /** An entry of no trigger class (built in code, not read from a lexicon file). */
    public TriggerEntry(String lang, List<String> words, int head, String pos, String code, List<Slot> source,
                        List<Slot> target, boolean symmetric, String origin) {
        this(lang, words, head, pos, code, source, target, symmetric, origin, Optional.empty());
    }

    /** The same entry with another code (a more specific one found by an overlapping phrase). */
    public TriggerEntry withCode(String newCode) {
        return new TriggerEntry(lang, words, head, pos, newCode, source, target, symmetric, origin, kind);
    }

    public String headWord() {
        return words.get(head);
    }

    public String phrase() {
        return String.join(" ", words);
    }
}
