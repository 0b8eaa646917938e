package org.caravan.events;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.caravan.nlp.SentenceView;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;

/**
 * Selects the sentences worth a dependency parse: those holding a trigger candidate of the lexicon and at
 * least one actor mention. Pass it to the parse stage with the layers it reads:
 * {@code ParseStage.create(config, filter, filter.requires())}. Thread-safe.
 */
public final class TriggerSentenceFilter implements Predicate<SentenceView> {

    private final EventCoder coder;

    public TriggerSentenceFilter(EventCoder coder) {
        this.coder = coder;
    }

    public static TriggerSentenceFilter standard() {
        return new TriggerSentenceFilter(EventCoder.standard());
    }

    /** The layers the filter reads: the actor mentions and the lemmas the triggers are matched on. */
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.MENTIONS);
    }

    /** Whether the sentence of the document is worth parsing. */
    public boolean test(Document document, Sentence sentence) {
        return coder.worthParsing(document, sentence);
    }

    @Override
    public boolean test(SentenceView view) {
        return coder.worthParsing(view.document(), view.sentence());
    }
}
