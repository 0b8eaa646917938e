package org.caravan.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static Stage stage(String name, Set<Layer> needs, Set<Layer> adds) {
        return new Stage() {
            @Override
            public Document process(Document d) {
                return adds.contains(Layer.LANGUAGE) ? d.withLang("fr") : d;
            }

            @Override
            public Set<Layer> requires() {
                return needs;
            }

            @Override
            public Set<Layer> provides() {
                return adds;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void failsAtBuildNamingTheStageAndTheMissingLayer() {
        Pipeline.Builder b = Pipeline.builder();
        assertThatThrownBy(() -> b.add(stage("events", Set.of(Layer.MENTIONS), Set.of(Layer.EVENTS))))
                .hasMessageContaining("events").hasMessageContaining("MENTIONS");
    }

    @Test
    void acceptsALayerProvidedByAnEarlierStage() {
        Pipeline p = Pipeline.builder()
                .add(stage("lang", Set.of(), Set.of(Layer.LANGUAGE)))
                .add(stage("uses-lang", Set.of(Layer.LANGUAGE), Set.of()))
                .build();
        Document out = p.process(Document.of("d", Metadata.of("t"), "Bonjour."));
        assertThat(out.lang()).contains("fr");
        assertThat(p.provides()).containsExactly(Layer.LANGUAGE);
        assertThat(p.timings()).containsOnlyKeys("lang", "uses-lang");
    }

    @Test
    void refusesTheSameStageTwice() {
        Pipeline.Builder b = Pipeline.builder().add(stage("a", Set.of(), Set.of()));
        assertThatThrownBy(() -> b.add(stage("a", Set.of(), Set.of()))).hasMessageContaining("twice");
    }

    @Test
    void emptyPipelineReturnsTheDocumentUnchanged() {
        Document d = Document.of("d", Metadata.of("t"), "");
        assertThat(Pipeline.builder().build().process(d)).isEqualTo(d);
    }
}
