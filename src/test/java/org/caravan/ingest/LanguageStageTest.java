package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageStageTest {

    private final LanguageStage stage = new LanguageStage();

    private static Document doc(String text) {
        return Document.of("t", Metadata.of("test"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le président chinois a rencontré son homologue kazakh mercredi à Astana pour renforcer la coopération.
            en | The Chinese president met his Kazakh counterpart in Astana on Wednesday to strengthen cooperation.
            ru | Президент Китая встретился в среду в Астане со своим казахстанским коллегой, чтобы укрепить сотрудничество.
            de | Der chinesische Präsident traf am Mittwoch in Astana seinen kasachischen Amtskollegen, um die Zusammenarbeit zu stärken.
            es | El presidente chino se reunió el miércoles en Astaná con su homólogo kazajo para reforzar la cooperación.
            """)
    void recognisesTheMainNewsLanguages(String lang, String sentence) {
        Document d = stage.process(doc(sentence));
        assertThat(d.lang()).contains(lang);
        assertThat(d.has(Layer.LANGUAGE)).isTrue();
    }

    @Test
    void keepsALanguageDeclaredWithTheInput() {
        Document d = stage.process(doc("The Chinese president met his Kazakh counterpart in Astana.").withLang("fr"));
        assertThat(d.lang()).contains("fr");
    }

    @Test
    void emptyTextGetsNoLanguageAndAWarning() {
        Document d = stage.process(doc(""));
        assertThat(d.lang()).isEmpty();
        assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("language"));
    }

    @Test
    void randomTextNeverCrashes() {
        Random r = new Random(3);
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 200; j++) {
                sb.append((char) r.nextInt(0x3000));
            }
            assertThat(stage.process(doc(sb.toString())).text()).hasSize(200);
        }
    }

    @Test
    void declaresWhatItProvides() {
        assertThat(stage.provides()).containsExactly(Layer.LANGUAGE);
        assertThat(stage.threadSafe()).isTrue();
    }
}
