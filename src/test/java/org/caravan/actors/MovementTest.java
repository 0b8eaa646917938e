package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class MovementTest {

    @Test
    void armedMovementsAreCodedToTheCountryTheyOperateInWithTheRebelRole() {
        assertThat(golden("en", "2023-10-08", "Hamas fired rockets while Hezbollah and the Houthis threatened Israel."))
                .containsExactly("Hamas=hamas/PSEREB", "Hezbollah=hezbollah/LBNREB", "Houthis=houthis/YEMREB",
                        "Israel=ISR/ISR");
    }

    @Test
    void frenchMovementNamesResolveLikeTheEnglishOnes() {
        assertThat(golden("fr", "2023-10-08", "Le Hamas et le Jihad islamique ont revendiqué l'attaque."))
                .containsExactly("Hamas=hamas/PSEREB", "Jihad islamique=islamic_jihad/PSEREB");
    }

    @Test
    void theTalibanAreRebelsBeforeAugust2021AndTheGovernmentAfter() {
        assertThat(golden("fr", "2015-05-01", "Les talibans ont attaqué.")).containsExactly("talibans=taliban/AFGREB");
        assertThat(golden("en", "2023-05-01", "The Taliban banned it.")).containsExactly("Taliban=taliban/AFGGOV");
    }

    @Test
    void movementKeyIsTheCountry() {
        assertThat(ActorStageTest.run("en", "2023-10-08", "Hamas said.").get(0).actor().orElseThrow().key())
                .contains("PSE");
    }
}
