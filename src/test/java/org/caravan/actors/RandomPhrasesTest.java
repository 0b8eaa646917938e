package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.caravan.model.Mention;
import org.junit.jupiter.api.Test;

class RandomPhrasesTest {

    private static final List<String> VOCABULARY = List.of("US", "envoy", "Zalmay", "Khalilzad", "in", "Iraq", ",",
            "General", "Lt.", "the", "Russian", "deputy", "foreign", "minister", "le", "général", "américain", "David",
            "al-Fayyadh", "Hamas", "leader", "Taliban", "government", "insurgents", "he", "il", "il a", "pro-", "Moscow",
            "Kremlin", "spokesman", "Посол", "США", "в", "России", "Линн", "Трейси", "Kremlsprecher", "Peskows", ".",
            "de", "avec", "le pape", "Monday", "of", "'s", "rebels", "Houthi", "rebeldes", "hutíes", "\n");

    @Test
    void randomSequencesOfRolesNamesAndPunctuationNeverCrashAndStayInsideTheText() {
        Random random = new Random(42);
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int i = 0; i < words; i++) {
                text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String lang = List.of("en", "fr", "ru", "de", "es").get(random.nextInt(5));
            String s = text.toString();
            List<Mention> mentions = ActorStageTest.run(lang, "2015-06-01", s);
            for (Mention m : mentions) {
                assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
                assertThat(m.text()).isEqualTo(s.substring(m.span().start(), m.span().end()));
            }
        }
    }
}
