package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.model.Document;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actors the trigger's clause points to without naming them come from the discourse (Counterparts). */
class DiscourseCounterpartsTest {

    @Test
    void theAllyOfMoscowIsTheCountryToldBeforeNotMoscow() {
        Document d = Fixture.of("fr", "Xi Jinping est au Kazakhstan. Il affiche son soutien à l'allié traditionnel de Moscou.")
                .published("2022-09-14").lemma("soutien", "soutien", "NOUN").lemma("traditionnel", "traditionnel", "ADJ")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ").actor("Il", "CHN", "CHNGOV")
                .actor("Moscou", "RUS", "RUS").build();
        assertThat(dyads(d)).contains("CHN>KAZ 051").doesNotContain("CHN>RUS 051");
    }

    @Test
    void aRelationalNounInSpanishNamesTheReferentNotItsComplement() {
        assertThat(dyads(Fixture.of("es", "Lula recibió a Maduro. Lula elogió al aliado de Rusia.")
                .published("2023-05-29").lemma("elogió", "elogiar", "VERB")
                .actor("Lula", "BRA", "BRAGOV").actor("Maduro", "VEN", "VENGOV").actor("Rusia", "RUS", "RUS").build()))
                .doesNotContain("BRA>RUS 051");
    }

    @Test
    void aRelationalNounWithNoReferentToldIsNotCodedAsItsComplement() {
        Document d = Fixture.of("en", "Biden praised the ally of Moscow.").published("2023-06-01")
                .lemma("praised", "praise", "VERB").actor("Biden", "USA", "USAGOV").actor("Moscow", "RUS", "RUS").build();
        assertThat(dyads(d)).doesNotContain("USA>RUS 051");
    }

    @Test
    void aDenialOfAnActToldBeforeAnswersItsActor() {
        assertThat(dyads(Fixture.of("en", "Israel accused Iran of the attacks. Iran denied it.")
                .published("2025-06-13").lemma("accused", "accuse", "VERB").lemma("denied", "deny", "VERB")
                .actor("Israel", "ISR", "ISR").actor("Iran", "IRN", "IRN").build()))
                .anyMatch(x -> x.startsWith("IRN>ISR "));
    }

    @Test
    void aReactionWithoutAnAnaphorTakesNoCounterpart() {
        Document d = Fixture.of("en", "Israel accused Iran of the attacks. Iran denied any role.").published("2025-06-13")
                .lemma("accused", "accuse", "VERB").lemma("denied", "deny", "VERB")
                .actor("Israel", "ISR", "ISR").actor("Iran", "IRN", "IRN").build();
        assertThat(dyads(d)).noneMatch(dyad -> dyad.startsWith("IRN>ISR"));
    }

    @Test
    void aSymmetricActOfOneMainActorTakesTheOtherInRussian() {
        Document d = Fixture.of("ru", "Россия и Белоруссия обсудили договор. Москва и Минск близки. Российская сторона подписала документ.")
                .published("2019-10-17").actor("Россия", "RUS", "RUS").actor("Белоруссия", "BLR", "BLR")
                .actor("Москва", "RUS", "RUS").actor("Минск", "BLR", "BLR").actor("Российская сторона", "RUS", "RUSGOV")
                .build();
        assertThat(dyads(d)).contains("RUS>BLR 057");
    }

    @Test
    void noMainActorsWhenTheDocumentHasNoClearPair() {
        Document d = Fixture.of("en", "France, Spain and Italy met. Spain signed the document.").published("2023-01-01")
                .actor("France", "FRA", "FRA").actor("Spain", "ESP", "ESP").actor("Italy", "ITA", "ITA").build();
        assertThat(Counterparts.mainActors(d)).isEmpty();
    }

    @Test
    void aPossessiveWhoseAntecedentStandsFarInAnEarlierSentenceCodesWithoutFailing(@TempDir Path work)
            throws IOException {
        // the antecedent's word offsets belong to the earlier sentence: reading them in the later one overran it
        Path text = Files.writeString(work.resolve("blair.txt"), "Tony Blair, le Premier ministre britannique, a "
                + "achevé hier deux jours de négociations avec les dirigeants d'Irlande du Nord, sans réussir à "
                + "surmonter le blocage.\n\nLes unionistes ont même décliné sa dernière invitation.\n");
        CliRunner.Result r = CliRunner.analyze(work, text);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("0 failed");
    }
}
