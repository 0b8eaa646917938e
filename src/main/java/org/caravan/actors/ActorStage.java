package org.caravan.actors;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.PartialDate;
import org.caravan.pipeline.Stage;

/**
 * Resolves every mention of a document to the knowledge base (see {@link Resolver}): people by name, spelling
 * variant, title at the document's date or antecedent; states, organisations and groups by name, adjective or
 * seat of power; places. Works on the raw text with its own word splitter, so it needs only the text and the
 * language. Office-holders are looked up at {@link Document#referenceDate()} (its first day), or today when the
 * document has no date. Thread-safe: the knowledge base is immutable and each call works on its own state.
 */
public final class ActorStage implements Stage {

    private final KnowledgeBase kb;

    public ActorStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A stage over the knowledge base of that configuration (bundled files plus the user's folder). */
    public static ActorStage create(ActorsConfig config) {
        return new ActorStage(config.knowledgeBase());
    }

    /** A stage over the bundled knowledge base. */
    public static ActorStage bundled() {
        return new ActorStage(KnowledgeBase.bundled());
    }

    @Override
    public Document process(Document document) {
        Optional<PartialDate> ref = document.referenceDate();
        LocalDate date = ref.map(PartialDate::start).orElse(kb.currentAsOf());
        String lang = document.lang().orElse("");
        Resolver resolver = new Resolver(kb, document.text(), lang, date, ref.isPresent());
        Document out = document.withMentions(resolver.resolve());
        if (resolver.usedToday()) {
            out = out.withDiagnostic(org.caravan.model.Diagnostic.warning(name(),
                    "no document date: titles resolved to the office-holders the knowledge base knows as current (" + date + ")"));
        }
        return out;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
