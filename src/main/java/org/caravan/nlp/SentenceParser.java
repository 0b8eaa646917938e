package org.caravan.nlp;

import java.util.List;
import org.caravan.model.Dependency;

/**
 * A dependency parser for one language over already tokenized and tagged sentences.
 * Implementations state their thread-safety.
 */
public interface SentenceParser {

    /**
     * Universal Dependencies arcs between the sentence's tokens, in document token indices
     * ({@code head} -1 for the root); empty when the sentence cannot be parsed.
     */
    List<Dependency> parse(SentenceView sentence);
}
