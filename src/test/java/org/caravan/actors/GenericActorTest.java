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

    @Test
    void bareRoleNounsTakeTheCountryTheTextIsAbout() {
        assertThat(golden("en", "2012-05-01", "Syria's army shelled Homs, Syrian state media said. Insurgents "
                + "bombarded Aleppo. The government denied it and security forces and lawmakers met.")).containsExactly(
                "Syria's army=SYR/SYRMIL", "Homs@homs", "Syrian state media=SYR/SYRMED", "Insurgents=SYR/SYRREB",
                "Aleppo@aleppo", "government=SYR/SYRGOV", "security forces=SYR/SYRCOP", "lawmakers=SYR/SYRLEG");
        assertThat(golden("fr", "2012-05-01", "L'armée malienne a repris la ville. Le Mali accuse les insurgés. "
                + "Le gouvernement dément.")).containsExactly("armée malienne=MLI/MLIMIL", "Mali=MLI/MLI",
                "insurgés=MLI/MLIREB", "gouvernement=MLI/MLIGOV");
    }

    @Test
    void bareRoleNounsStayUnresolvedWhenNoCountryDominates() {
        assertThat(golden("en", "2012-05-01", "The government thanked China for its help.")).containsExactly(
                "China=CHN/CHN");
        assertThat(golden("en", "2012-05-01", "Russia and China met. The government spoke.")).containsExactly(
                "Russia=RUS/RUS", "China=CHN/CHN");
    }

    @Test
    void aCountryAfterProIsNotTheGroupsCountry() {
        assertThat(golden("en", "2014-07-20", "Pro-Russia rebels fired at Ukrainian troops.")).containsExactly(
                "Ukrainian troops=UKR/UKRMIL");
        assertThat(golden("fr", "2014-07-20", "Les séparatistes pro-russes ont tiré.")).isEmpty();
    }

    @Test
    void bareRoleNounKeepsTheCountryOfItsOwnPhraseOrSentence() {
        assertThat(golden("fr", "2022-09-14", "Le Kazakhstan et Astana discutent avec le Kazakhstan. Le régime "
                + "autocratique kazakh tient. Le ministre israélien a donné l'ordre à l'armée. Les chefs de "
                + "gouvernement arrivent.")).containsExactly("Kazakhstan=KAZ/KAZ", "Astana=KAZ/KAZGOV",
                "Kazakhstan=KAZ/KAZ", "régime autocratique kazakh=KAZ/KAZGOV", "ministre israélien=ISR/ISRGOV");
    }

    @Test
    void roleOfANamedLeaderIsThatLeadersCountry() {
        assertThat(golden("fr", "2022-09-14", "Ils veulent renverser le régime de Tokaïev.")).containsExactly(
                "régime=KAZ/KAZGOV", "Tokaïev=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void namedMinistryWithoutCountryIsTheTextsCountry() {
        assertThat(golden("en", "2010-01-01", "Iran said it would talk. Tehran rejected the plan. The Foreign Ministry "
                + "said so.")).containsExactly("Iran=IRN/IRN", "Tehran=IRN/IRNGOV", "Foreign Ministry=IRN/IRNGOV");
    }

    @Test
    void bareRoleIsNotTheTextsCountryWhenItsSentenceNamesAnotherCapitalButThatCapitalsState() {
        assertThat(golden("en", "2012-05-01", "Iran said no. Iran's army drilled. Officials in Washington said."))
                .containsExactly("Iran=IRN/IRN", "Iran's army=IRN/IRNMIL", "Officials=USA/USAGOV", "Washington@washington");
    }
}
