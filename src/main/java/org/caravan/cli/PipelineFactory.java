package org.caravan.cli;

import org.caravan.output.EventNames;
import org.caravan.pipeline.Pipeline;

/**
 * Builds the standard pipeline that {@code analyze} and {@code bench} run: the one place where stages are listed.
 * Each call builds a new pipeline; heavy resources (models, knowledge bases) are shared by the stages themselves.
 */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /** The stages in order; add a stage here when its feature lands. */
    public static Pipeline standard(PipelineConfig config) {
        Pipeline.Builder b = Pipeline.builder();
        // b.add(new LanguageStage()); b.add(new NlpStage(...)); ... as the features land.
        return b.build();
    }

    /** Names of CAMEO codes for the timeline; the events feature's codebook plugs in here. */
    public static EventNames eventNames() {
        return EventNames.none();
    }
}
