package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

/** Item 7 of issue 9: titles one country uses ("usual" in titles.tsv), and bare titles read in the text's country. */
class CountrySpecificTitlesTest {

    @Test
    void aSecretaryOfStateWithNoCountryIsTheUnitedStatesOneNotTheForeignMinisterNamedBefore() {
        assertThat(golden("ru", "2017-05-10", "Лавров встретился с Тиллерсоном. Госсекретарь отметил успех."))
                .contains("Госсекретарь=tillerson_rex/USAGOV");
        assertThat(golden("en", "2017-05-10", "Lavrov met Tillerson. The Secretary of State said so."))
                .contains("Secretary of State=tillerson_rex/USAGOV");
    }

    @Test
    void aCountryBesideAUsualTitleStillWins() {
        assertThat(golden("es", "2024-05-07", "El secretario de Relaciones Exteriores de Honduras habló."))
                .doesNotContain("secretario de Relaciones Exteriores=barcena_alicia/MEXGOV")
                .anyMatch(s -> s.contains("HND"));
    }

    @Test
    void theMexicanTitleOfForeignMinisterAndTheTaoiseachNameTheirCountry() {
        assertThat(golden("es", "2024-05-07", "La secretaria de Relaciones Exteriores habló."))
                .containsExactly("secretaria de Relaciones Exteriores=barcena_alicia/MEXGOV");
        assertThat(golden("en", "2024-05-07", "The Taoiseach spoke.")).containsExactly("Taoiseach=harris_simon/IRLGOV");
        assertThat(golden("ru", "2017-05-10", "Глава Госдепа приехал.")).containsExactly("Глава Госдепа=tillerson_rex/USAGOV");
    }

    @Test
    void aBareTitleWithNoAntecedentIsTheOfficeOfTheCountryTheTextIsAbout() {
        assertThat(golden("fr", "2023-06-01", "La Russie proteste. La Russie menace. Le chef de la diplomatie a parlé."))
                .contains("chef de la diplomatie=lavrov_sergey/RUSGOV");
        assertThat(golden("fr", "2023-06-01", "La Russie proteste. La Russie menace. Le président a écrit à la Chine."))
                .doesNotContain("président=putin_vladimir/RUSGOV");
    }

    @Test
    void aBareTitleBeforeAnAmbiguousDemonymTakesNoAntecedent() {
        assertThat(golden("fr", "2023-06-12", "Le président Alassane Ouattara l'a reçu, a dit le chef d'État congolais."))
                .doesNotContain("chef d'État=ouattara_alassane/CIVGOV");
    }
}
