package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

    @Test
    void nerIsOffByDefault() {
        assertThat(NlpConfig.defaults().ner()).isFalse();
    }

    @Test
    void readsKnownSettingsOverTheDefaults() {
        NlpConfig c = NlpConfig.fromMap(Map.of("ner", "true", "max-chars", "5000"));
        assertThat(c).isEqualTo(new NlpConfig(true, 5000, NlpConfig.defaults().maxParseTokens()));
    }

    @Test
    void rejectsAnUnknownKeyByName() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("nerr", "true")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nerr'");
    }

    @Test
    void rejectsABadValueByName() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("max-chars", "lots")))
                .hasMessageContaining("max-chars");
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("ner", "yes"))).hasMessageContaining("ner");
        assertThatThrownBy(() -> NlpConfig.defaults().withMaxChars(0)).hasMessageContaining("max-chars");
    }
}
