package org.caravan.events;

import java.util.EnumSet;
import java.util.Set;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.pipeline.Stage;

/**
 * The events stage: codes the document's events in CAMEO ({@link EventCoder}) and adds them as the EVENTS
 * layer. Needs sentences, tokens with lemmas, actor mentions and time expressions; uses the dependency parse
 * when the document has one. Thread-safe: the coder and its resources are immutable.
 */
public final class EventStage implements Stage {

    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    /** The stage with the shipped codebook and lexicons. */
    public static EventStage standard() {
        return new EventStage(EventCoder.standard());
    }

    @Override
    public Document process(Document document) {
        String lang = document.lang().orElse("");
        if (!document.text().isEmpty() && !coder.lexicon().hasLanguage(lang)) {
            return document.withEvents(java.util.List.of())
                    .withDiagnostic(Diagnostic.warning(name(), "no trigger lexicon for language '" + lang + "'"));
        }
        return document.withEvents(coder.code(document).events());
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.MENTIONS, Layer.TIMEX);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
