package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class MovementTest {

    @Test
    void armedMovementsAreCodedToTheCountryTheyOperateInWithTheRebelRole() {
        assertThat(golden("en", "2023-10-08", "Hamas fired rockets while Hezbollah and the Houthis threatened Israel."))
                .containsExactly("Hamas=HMS/PSEREB", "Hezbollah=HZB/LBNREB", "Houthis=HTH/YEMREB",
                        "Israel=ISR/ISR");
    }

    @Test
    void frenchMovementNamesResolveLikeTheEnglishOnes() {
        assertThat(golden("fr", "2023-10-08", "Le Hamas et le Jihad islamique ont revendiqué l'attaque."))
                .containsExactly("Hamas=HMS/PSEREB", "Jihad islamique=PIJ/PSEREB");
    }

    @Test
    void theTalibanAreRebelsBeforeAugust2021AndTheGovernmentAfter() {
        assertThat(golden("fr", "2015-05-01", "Les talibans ont attaqué.")).containsExactly("talibans=TAL/AFGREB");
        assertThat(golden("en", "2023-05-01", "The Taliban banned it.")).containsExactly("Taliban=TAL/AFGGOV");
    }

    @Test
    void movementKeyIsTheCountry() {
        assertThat(ActorStageTest.run("en", "2023-10-08", "Hamas said.").get(0).actor().orElseThrow().key())
                .contains("PSE");
    }

    @Test
    void movementLeadersCarryTheMovementsCode() {
        assertThat(golden("en", "2020-05-01", "Hamas leader Ismail Haniyeh spoke. The Taliban government denied it."))
                .containsExactly("Hamas leader=haniyeh_ismail/PSEREB", "Ismail Haniyeh=haniyeh_ismail/PSEREB",
                        "Taliban government=TAL/AFGREB");
        assertThat(golden("fr", "2023-05-01", "Le chef du Hamas est arrivé. Le gouvernement taliban a démenti."))
                .containsExactly("chef du Hamas=haniyeh_ismail/PSEREB", "gouvernement taliban=TAL/AFGGOV");
    }

    @Test
    void theTalibanGovernedFrom1996To2001() {
        assertThat(golden("en", "1999-05-01", "The Taliban said.")).containsExactly("Taliban=TAL/AFGGOV");
        assertThat(golden("en", "2005-05-01", "The Taliban said.")).containsExactly("Taliban=TAL/AFGREB");
    }
}
