package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caravan.actors.ActorStageTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, items 7 and 8: actors of world news that the knowledge base and the rules must resolve. */
class WorldActorsTest {

    /** "text=key" for the actors of a text. */
    private static List<String> keys(String lang, String date, String text) {
        return run(lang, date, text).stream().filter(m -> m.actor().isPresent())
                .map(m -> m.text() + "=" + m.actor().flatMap(ActorRef::key).orElse("?")).toList();
    }

    @Test
    void aPolishOfficeHolderIsPolandNotTheMovementOfWesternSahara() {
        assertThat(golden("de", "2023-06-12", "Der polnische Präsident reiste ab."))
                .containsExactly("polnische Präsident=duda_andrzej/POLGOV");
        assertThat(golden("en", "2023-06-12", "The Polisario Front protested."))
                .containsExactly("Polisario Front=POLS/ESHREB");
    }

    @Test
    void anOrganOrAgencyOfTheUnCarriesTheUnKeyAndKeepsItsOwnCode() {
        List<Mention> ms = run("en", "2023-07-28", "The United Nations Security Council condemned the coup.");
        assertThat(ms).hasSize(1);
        ActorRef a = ms.get(0).actor().get();
        assertThat(a.code()).isEqualTo("UNSC");
        assertThat(a.key()).isEqualTo(Optional.of("UN"));
        assertThat(keys("fr", "2023-07-28", "L'OMS et l'Otan ont parlé.")).containsExactly("OMS=UN", "Otan=NATO");
    }

    @Test
    void aStatesOwnSecurityCouncilIsThatState() {
        assertThat(keys("en", "2022-09-13", "The Armenian Security Council met. The Security Council met."))
                .containsExactly("Armenian Security Council=ARM", "Security Council=UN");
        assertThat(keys("ru", "2022-09-13", "Совет безопасности России заявил.")).containsExactly("Совет безопасности России=RUS");
    }

    @Test
    void aGovernmentInACapitalIsThatCapitalsStateAndTheCapitalStaysAPlace() {
        assertThat(golden("de", "2022-01-31", "Die Regierung in Bamako gab dem Botschafter Zeit."))
                .containsExactly("Regierung=MLI/MLIGOV", "Bamako@bamako");
        assertThat(keys("fr", "2022-01-31", "Le pouvoir à Bamako a protesté.")).containsExactly("pouvoir=MLI");
        assertThat(keys("de", "2022-01-31", "Der Botschafter in Bamako reiste ab.")).isEmpty();
    }

    @Test
    void anUnknownNameAfterABareTitleTakesTheCountryItsOfPhraseNames() {
        assertThat(keys("en", "2023-05-01", "President Jean Tartempion of Senegal arrived."))
                .contains("Jean Tartempion=SEN");
        assertThat(keys("fr", "2023-05-01", "Le président Jean Tartempion du Sénégal est arrivé."))
                .contains("Jean Tartempion=SEN");
    }

    @Test
    void aPersonNamedInFullIsThatPersonWhenLaterNamedByOneWord() {
        assertThat(golden("en", "2023-03-16", "President Yoon Suk Yeol arrived in Tokyo. Later Yoon said so."))
                .contains("Yoon=yoon_suk_yeol/KORGOV");
        assertThat(golden("en", "2023-03-16", "Later Yoon said so.")).isEmpty();
    }

    @Test
    void theZionistRegimeIsIsraelInEveryLanguage() {
        assertThat(keys("en", "2024-04-13", "Iran accused the Zionist regime.")).containsExactly("Iran=IRN", "Zionist regime=ISR");
        assertThat(keys("fr", "2024-04-13", "Le régime sioniste a frappé.")).containsExactly("régime sioniste=ISR");
        assertThat(keys("ru", "2024-04-13", "Удар сионистского режима.")).containsExactly("сионистского режима=ISR");
        assertThat(keys("es", "2024-04-13", "El régimen sionista atacó.")).containsExactly("régimen sionista=ISR");
        assertThat(keys("de", "2024-04-13", "Das zionistische Regime griff an.")).containsExactly("zionistische Regime=ISR");
    }

    @Test
    void aTitleWithTheAdjectiveOfASmallStateIsThatStatesOffice() {
        assertThat(keys("en", "2023-05-01", "The New Zealand prime minister spoke.")).containsExactly(
                "New Zealand prime minister=NZL");
        assertThat(keys("fr", "2023-05-01", "Le président gambien est arrivé.")).containsExactly("président gambien=GMB");
        assertThat(keys("es", "2023-05-01", "El presidente liberiano llegó.")).containsExactly("presidente liberiano=LBR");
    }

    @Test
    void aMovementIdThatIsACountryCodeIsRefused(@TempDir Path dir) throws IOException {
        assertThat(KnowledgeBase.bundled().movement("POL", LocalDate.of(2020, 1, 1))).isEmpty();
        Files.writeString(dir.resolve("movements.tsv"), "id\tname\tcountry\trole\tsince\taliases\n"
                + "MLI\tZorg Front\tMLI\tREB\t\tZorg Front\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).isInstanceOf(DataFileException.class)
                .hasMessageContaining("movement id 'MLI'");
    }

    @Test
    void anOrganisationPartOfItselfOrOfAnUnknownKeyIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("organisation-parts.tsv"), "part\tof\nWHO\tXYZ\n");
        assertThat(KnowledgeBase.load(Optional.of(dir)).warnings()).anyMatch(w -> w.contains("unknown key 'XYZ'"));
        Files.writeString(dir.resolve("organisation-parts.tsv"), "part\tof\nWHO\tWHO\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).isInstanceOf(DataFileException.class);
    }
}
