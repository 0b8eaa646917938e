package org.caravan.nlp.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Penn Treebank tags CoreNLP's English tagger gave each sentence in the NLP stage, by the sentence's words,
 * so that the parser, which needs those fine tags, need not tag the same words again. The tagger is deterministic
 * and depends on the words only, and the parser's tagger is the same model: a sentence found here gets the tags
 * the parser's own tagging would give. Bounded (emptied when full: a document's sentences are parsed right after
 * they are tagged); thread-safe.
 */
final class EnglishTagMemo {

    private static final int LIMIT = 4096;
    private static final Map<List<String>, List<String>> TAGS = new ConcurrentHashMap<>();

    private EnglishTagMemo() {
    }

    static void remember(List<String> words, List<String> tags) {
        if (words.size() != tags.size() || words.isEmpty()) {
            return;
        }
        if (TAGS.size() >= LIMIT) {
            TAGS.clear();
        }
        TAGS.put(List.copyOf(words), List.copyOf(tags));
    }

    static Optional<List<String>> tags(List<String> words) {
        return Optional.ofNullable(TAGS.get(words));
    }
}
