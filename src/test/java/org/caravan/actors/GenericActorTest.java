package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class GenericActorTest {

    @Test
    void englishRoleNounsWithANationalityGiveCountryAndRole() {
        assertThat(golden("en", "2010-05-01", "Iraqi police said U.S. troops, Afghan officials, the Israeli military, "
                + "Palestinian militants, Syrian rebels and Chinese diplomats were there.")).containsExactly(
                "Iraqi police=IRQ/IRQCOP", "U.S. troops=USA/USAMIL", "Afghan officials=AFG/AFGGOV",
                "Israeli military=ISR/ISRMIL", "Palestinian militants=PSE/PSEREB", "Syrian rebels=SYR/SYRREB",
                "Chinese diplomats=CHN/CHNGOV");
    }

    @Test
    void frenchRoleNounsWithANationalityGiveCountryAndRole() {
        assertThat(golden("fr", "2010-05-01", "Les forces russes, l'armée ukrainienne, le ministère chinois des "
                + "Affaires étrangères et la diplomatie russe.")).containsExactly(
                "forces russes=RUS/RUSMIL", "armée ukrainienne=UKR/UKRMIL",
                "ministère chinois des Affaires étrangères=CHN/CHNGOV", "diplomatie russe=RUS/RUSGOV");
    }
}
