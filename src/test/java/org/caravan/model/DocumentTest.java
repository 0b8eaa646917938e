package org.caravan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private final Document doc = Document.of("d1", Metadata.of("test"), "Xi visited Astana.");

    @Test
    void newDocumentHasOnlyText() {
        assertThat(doc.layers()).containsExactly(Layer.TEXT);
        assertThat(doc.tokens()).isEmpty();
        assertThat(doc.referenceDate()).isEmpty();
    }

    @Test
    void addingALayerReturnsACopy() {
        Document withLang = doc.withLang("en");
        assertThat(withLang.has(Layer.LANGUAGE)).isTrue();
        assertThat(doc.has(Layer.LANGUAGE)).isFalse();
        assertThat(doc.lang()).isEmpty();
    }

    @Test
    void refusesMentionsOutsideTheText() {
        ActorRef xi = new ActorRef("xi", "Xi Jinping", Optional.of("CHN"), "CHNGOV");
        Mention outside = new Mention(new Span(10, 40), "x", Optional.of(xi), Optional.empty(), "alias");
        assertThatThrownBy(() -> doc.withMentions(List.of(outside))).hasMessageContaining("exceeds");
    }

    @Test
    void layersAreUnmodifiable() {
        assertThatThrownBy(() -> doc.layers().add(Layer.EVENTS)).isInstanceOf(UnsupportedOperationException.class);
    }
}
