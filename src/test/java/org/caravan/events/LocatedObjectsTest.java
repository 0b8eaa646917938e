package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** A trigger's object noun of people, bodies or sites located by a country takes that country as target. */
class LocatedObjectsTest {

    @Test
    void sanctionsOnTheAuthoritiesOfACountryTargetThatCountry() {
        Document d = Fixture.of("en", "France imposed sanctions on the authorities in Mali.").published("2023-08-01")
                .lemma("imposed", "impose", "VERB").lemma("sanctions", "sanction", "NOUN")
                .actor("France", "FRA", "FRA").actor("Mali", "MLI", "MLI").build();
        assertThat(dyads(d)).containsExactly("FRA>MLI 163");
    }

    @Test
    void aGermanSanctionAgainstTheAuthoritiesOfACountryTargetsThatCountry() {
        Document d = Fixture.of("de", "Die EU verhängte Sanktionen gegen die Behörden in Mali.").published("2023-08-01")
                .actor("EU", "EU", "EU").actor("Mali", "MLI", "MLI").build();
        assertThat(dyads(d)).containsExactly("EU>MLI 163");
    }

    @Test
    void anAttackBlamedOnMilitantsLocatedInACountryIsAnAccusationNotAnAttackOnIt() {
        Document d = Fixture.of("en", "India blamed the attack on militants based in Pakistan.").published("2025-04-23")
                .lemma("blamed", "blame", "VERB").lemma("attack", "attack", "NOUN").actor("India", "IND", "IND").actor("Pakistan", "PAK", "PAK").build();
        assertThat(dyads(d)).containsExactly("IND>PAK 112");
    }

    @Test
    void aNounThatIsNotOfPeopleOrSitesLocatesNothing() {
        Document d = Fixture.of("en", "France imposed sanctions on the imports in Mali.").published("2023-08-01")
                .lemma("imposed", "impose", "VERB").lemma("sanctions", "sanction", "NOUN")
                .actor("France", "FRA", "FRA").actor("Mali", "MLI", "MLI").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void aMeetingWithOfficialsInACityNamesTheVenueNotTheCounterpart() {
        Document d = Fixture.of("en", "Blinken met officials in Paris.").published("2023-08-01")
                .lemma("met", "meet", "VERB").actor("Blinken", "USA", "USAGOV").place("Paris", "Paris", "FRA").build();
        assertThat(dyads(d)).isEmpty();
    }
}
