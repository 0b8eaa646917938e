package org.caravan.nlp;

import java.util.List;
import java.util.Set;
import org.caravan.model.Entity;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;
import org.caravan.model.Token;

/**
 * What an {@link NlpAdapter} found in a text: sentences, tokens (with lemma and POS when
 * {@code layers} says so) and entities, all with offsets into the text it was given. Immutable.
 */
public record Annotated(List<Sentence> sentences, List<Token> tokens, List<Entity> entities, Set<Layer> layers) {

    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        layers = Set.copyOf(layers);
    }
}
