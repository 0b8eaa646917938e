package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.caravan.data.DataFileException;
import org.caravan.events.ModalCues.Cue;
import org.junit.jupiter.api.Test;

class ModalCuesTest {

    private static TsvTable table(String text) {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv", 2);
    }

    @Test
    void everyLanguageHasRefusalAndIntentionVerbs() {
        for (String lang : new String[] {"en", "fr", "ru", "de", "es"}) {
            assertThat(ModalCues.standard().is(lang, Cue.REFUSE, "x")).isFalse();
        }
        assertThat(ModalCues.standard().is("en", Cue.REFUSE, "declined")).isTrue();
        assertThat(ModalCues.standard().is("fr", Cue.DECIDE_VERB, "convenu")).isTrue();
        assertThat(ModalCues.standard().is("ru", Cue.REFUSE, "отказался")).isTrue();
        assertThat(ModalCues.standard().is("de", Cue.MARKER, "zu")).isTrue();
        assertThat(ModalCues.standard().is("es", Cue.DECIDE_VERB, "acordaron")).isTrue();
    }

    @Test
    void anEmptyTableKnowsNoWord() {
        ModalCues empty = ModalCues.from(table("lang\tkind\twords\n"));
        assertThat(empty.is("en", Cue.REFUSE, "refused")).isFalse();
    }

    @Test
    void anUnknownKindNamesTheFileAndLine() {
        assertThatThrownBy(() -> ModalCues.from(table("lang\tkind\twords\nen\tWISH\thope\n")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.tsv").hasMessageContaining("WISH");
    }

    @Test
    void randomWordsAreNoCues() {
        Random r = new Random(4);
        for (int n = 0; n < 500; n++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            for (Cue c : Cue.values()) {
                assertThat(ModalCues.standard().is("en", c, w.toString())).isFalse();
            }
        }
    }
}
