package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.caravan.model.Mention;
import org.junit.jupiter.api.Test;

/** Item 8 of issue 9: words that look like names (reflexives, first names, generic body names) are not actors. */
class NameWordsPrecisionTest {

    @Test
    void reflexiveAndEmphaticWordsNeverResolve() {
        assertThat(golden("ru", "2024-06-01", "Заявил Сам Путин. Самого президента никто не видел. Сами страны молчат."))
                .containsExactly("Путин=putin_vladimir/RUSGOV", "президента=putin_vladimir/RUSGOV");
        assertThat(golden("ru", "2024-06-01", "Самоа проголосовала.")).containsExactly("Самоа=WSM/WSM");
        assertThat(golden("en", "2024-06-01", "PUTIN HIMSELF SAYS SO. They Themselves Came. Macron Himself Spoke."))
                .containsExactly("PUTIN=putin_vladimir/RUSGOV", "Macron=macron_emmanuel/FRAGOV");
        assertThat(golden("fr", "2024-06-01", "Eux-Mêmes Arrivent. Le Même Jour, Macron lui-même a parlé."))
                .containsExactly("Macron=macron_emmanuel/FRAGOV");
        assertThat(golden("de", "2024-06-01", "Sie Selbst Kamen. Scholz Selbst sprach.")).containsExactly("Scholz=scholz_olaf/DEUGOV");
        assertThat(golden("es", "2024-06-01", "Ellos Mismos Llegan. Los Mismos Países votaron.")).isEmpty();
    }

    @Test
    void aFirstNameBeforeASurnameIsNotTheCountryOfThatName() {
        assertThat(golden("fr", "2024-06-01", "Selon Mme Dominique Tartempion, la Dominique a voté.")).containsExactly(
                "Dominique=DMA/DMA");
        assertThat(golden("en", "2024-06-01", "Then Jordan Bardella went to Jordan.")).containsExactly("Jordan=JOR/JOR");
        assertThat(golden("es", "2024-06-01", "Ayer Santiago Peña llegó a Montevideo.")).doesNotContain("Santiago=CHL/CHLGOV");
    }

    @Test
    void aKnownSurnameAfterAnotherFirstNameIsNotThatPerson() {
        assertThat(golden("fr", "2024-06-01", "Selon Dominique Ouattara, le pays va bien. Alassane Ouattara a parlé."))
                .containsExactly("Alassane Ouattara=ouattara_alassane/CIVGOV");
        assertThat(golden("fr", "2024-06-01", "Selon le président Ouattara, le pays va bien."))
                .contains("Ouattara=ouattara_alassane/CIVGOV");
    }

    @Test
    void aCountryBeforeATitleStillCountsInATitleCaseHeadline() {
        assertThat(golden("en", "2024-06-01", "Jordan Hosts Regional Summit")).contains("Jordan=JOR/JOR");
    }

    @Test
    void aBodyNamedLikeTheSecurityCouncilIsNotTheUnSecurityCouncil() {
        assertThat(golden("en", "2024-06-01", "Armenia will appeal to the Collective Security Council and the National "
                + "Security Council. The Security Council met."))
                .containsExactly("Armenia=ARM/ARM", "Security Council=UNSC/UNSC");
        assertThat(golden("es", "2024-06-01", "Apelará al Consejo de Seguridad Colectiva y al Consejo de Seguridad de la ONU."))
                .containsExactly("Consejo de Seguridad=UNSC/UNSC", "ONU=UN/UN");
        assertThat(golden("en", "2024-06-01", "Ties between Russia and the European Union grew. Russia European Union trade fell."))
                .containsExactly("Russia=RUS/RUS", "European Union=EU/EU", "Russia=RUS/RUS", "European Union=EU/EU");
    }

    @Test
    void anUnknownNameAfterABareTitleDoesNotTakeAnotherPersonsCountry() {
        // Senegal's president is not the Ivorian one's country, whether or not the data knows him.
        assertThat(golden("fr", "2024-06-01", "Le président ivoirien Alassane Ouattara a reçu le président Jean Tartempion."))
                .noneMatch(m -> m.startsWith("Jean Tartempion=") || m.startsWith("président="));
        assertThat(golden("en", "2024-06-01", "Ivorian President Alassane Ouattara met President Jean Tartempion."))
                .noneMatch(m -> m.startsWith("Jean Tartempion=") || m.equals("President=new:jean_tartempion/CIVGOV"));
    }

    /** No common first name nor function word, of any language, resolves by a fuzzy match. */
    @Test
    void noFirstNameOrFunctionWordIsFuzzyMatched() throws IOException {
        List<String> words = new ArrayList<>();
        for (String file : List.of("first-names.tsv", "function-words.tsv")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    NameWordsPrecisionTest.class.getResourceAsStream("/actors/" + file), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] c = line.split("\t");
                    if (line.startsWith("#") || c.length < 2 || c[0].equals("lang")) {
                        continue;
                    }
                    for (String w : c[1].split("\\|")) {
                        if (!w.contains(" ") && !w.contains("-") && !w.contains("'") && w.length() >= FuzzyIndex.MIN_LENGTH) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(300);
        for (String w : words) {
            String cap = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            for (String lang : List.of("en", "fr", "de", "es", "ru")) {
                List<Mention> ms = ActorStageTest.run(lang, "2024-06-01", "Yesterday " + cap + " spoke.");
                assertThat(ms).as(lang + " " + cap).noneMatch(m -> m.reason().startsWith("fuzzy"));
            }
        }
    }

    @Test
    void emptyAndRandomTextGiveNoFirstNameMentions() {
        assertThat(golden("fr", "2024-06-01", "")).isEmpty();
        Random rnd = new Random(9);
        StringBuilder s = new StringBuilder();
        String[] pool = {"Dominique", "Jordan", "Сам", "himself", "Security", "Council", "Collective", "président", "Santiago"};
        for (int i = 0; i < 200; i++) {
            s.append(pool[rnd.nextInt(pool.length)]).append(rnd.nextInt(5) == 0 ? ". " : " ");
        }
        assertThat(ActorStageTest.run("fr", "2024-06-01", s.toString())).allMatch(m -> m.span().end() <= s.length());
    }
}
