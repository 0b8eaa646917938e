package org.caravan.cli;

import java.util.List;
import org.caravan.actors.ActorStage;
import org.caravan.actors.ActorsConfig;
import org.caravan.data.Fingerprints;
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

    /** The actor stage last built, with its configuration: a knowledge base is heavy, so it is shared. */
    private record Built(ActorsConfig config, String contents, ActorStage stage) {
    }

    private static Built actors;

    /**
     * The actor stage of a configuration, loaded on first use (not in a static initialiser, so that a malformed
     * user file is a {@link org.caravan.data.DataFileException} naming the file and line, each time it is asked
     * for) and shared while the configuration and the user's files stay the same.
     */
    static synchronized ActorStage actors(ActorsConfig config) {
        String contents = Fingerprints.files(config.userDir().map(List::of).orElse(List.of()));
        if (actors == null || !actors.config().equals(config) || !actors.contents().equals(contents)) {
            actors = new Built(config, contents, ActorStage.create(config));
        }
        return actors.stage();
    }

    /** The stages in order; add a stage here when its feature lands. */
    public static Pipeline standard(PipelineConfig config) {
        NlpConfig nlp = NlpConfig.defaults();
        TriggerSentenceFilter worthParsing = TriggerSentenceFilter.standard();
        return Pipeline.builder()
                .add(new LanguageStage())
                .add(NlpStage.create(nlp))
                .add(actors(config.actors()))
                .add(TimeStage.withBuiltInRules())
                .add(ParseStage.create(nlp, worthParsing, worthParsing.requires()))
                .add(EventStage.standard())
                .build();
    }

    /** Names of CAMEO codes for the timeline; the events feature's codebook plugs in here. */
    public static EventNames eventNames() {
        Codebook codebook = Codebook.standard();
        return cameo -> codebook.get(cameo).map(CameoCode::name);
    }
}
