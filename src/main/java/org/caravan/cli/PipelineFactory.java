package org.caravan.cli;

import org.caravan.actors.ActorStage;
import org.caravan.actors.ActorsConfig;
import org.caravan.events.CameoCode;
import org.caravan.events.Codebook;
import org.caravan.events.EventStage;
import org.caravan.events.TriggerSentenceFilter;
import org.caravan.ingest.LanguageStage;
import org.caravan.nlp.NlpConfig;
import org.caravan.nlp.NlpStage;
import org.caravan.nlp.ParseStage;
import org.caravan.output.EventNames;
import org.caravan.pipeline.Pipeline;
import org.caravan.time.TimeStage;

/**
 * Builds the standard pipeline that {@code analyze} and {@code bench} run: the one place where stages are listed.
 * Each call builds a new pipeline; heavy resources (models, knowledge bases) are shared by the stages themselves.
 */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /** Stages over heavy immutable resources, built once per process and shared by every pipeline. */
    private static final class Shared {
        /** The bundled knowledge base plus the user's folder named by {@value ActorsConfig#ENV}, if any. */
        static final ActorStage ACTORS = ActorStage.create(ActorsConfig.fromEnvironment(System.getenv()));
    }

    /** The stages in order; add a stage here when its feature lands. */
    public static Pipeline standard(PipelineConfig config) {
        NlpConfig nlp = NlpConfig.defaults();
        return Pipeline.builder()
                .add(new LanguageStage())
                .add(NlpStage.create(nlp))
                .add(Shared.ACTORS)
                .add(TimeStage.withBuiltInRules())
                .add(ParseStage.create(nlp, TriggerSentenceFilter.standard()))
                .add(EventStage.standard())
                .build();
    }

    /** Names of CAMEO codes for the timeline; the events feature's codebook plugs in here. */
    public static EventNames eventNames() {
        Codebook codebook = Codebook.standard();
        return cameo -> codebook.get(cameo).map(CameoCode::name);
    }
}
