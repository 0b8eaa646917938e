package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class OtherLanguagesTest {

    @Test
    void russianAdjectivesCapitalsSeatsAndBodiesInTheirCases() {
        assertThat(golden("ru", "2023-05-10", "Российский президент заявил, что Москва готова. Российские войска, "
                + "украинская армия и Российские силы. В Кремле заявили.")).containsExactly(
                "Российский президент=putin_vladimir/RUSGOV", "Москва=RUS/RUSGOV", "Российские войска=RUS/RUSMIL",
                "украинская армия=UKR/UKRMIL", "Российские силы=RUS/RUSMIL", "Кремле=RUS/RUSGOV");
    }

    @Test
    void russianSpokespersonOfAMinistryIntroducesTheName() {
        assertThat(golden("ru", "2023-05-10", "Официальный представитель МИД России Анна Петрова сказала. "
                + "Председатель КНР Си Цзиньпин прибыл.")).containsExactly(
                "Официальный представитель МИД России=new:анна_петрова/RUSGOV",
                "Анна Петрова=new:анна_петрова/RUSGOV", "Председатель КНР=xi_jinping/CHNGOV",
                "Си Цзиньпин=xi_jinping/CHNGOV");
    }

    @Test
    void germanAdjectivesCapitalsAndCompoundSpokesman() {
        assertThat(golden("de", "2023-05-10", "Der russische Präsident sagte, Moskau sei bereit. Die russischen "
                + "Kräfte und die ukrainische Armee. Kremlsprecher Pawel Orlow sagte. Dann sagte Orlow nein. Orlows Chef."))
                .containsExactly("russische Präsident=putin_vladimir/RUSGOV", "Moskau=RUS/RUSGOV",
                        "russischen Kräfte=RUS/RUSMIL", "ukrainische Armee=UKR/UKRMIL",
                        "Kremlsprecher=new:pawel_orlow/RUSGOV", "Pawel Orlow=new:pawel_orlow/RUSGOV",
                        "Orlow=new:pawel_orlow/RUSGOV", "Orlows=new:pawel_orlow/RUSGOV");
    }

    @Test
    void spanishAdjectivesInEveryGenderAndNumber() {
        assertThat(golden("es", "2023-05-10", "El presidente ruso dijo que Moscú está lista. Las tropas rusas, "
                + "la diplomacia rusa, las fuerzas rusas y el ministro de Exteriores ruso, Serguéi Lavrov."))
                .containsExactly("presidente ruso=putin_vladimir/RUSGOV", "Moscú=RUS/RUSGOV",
                        "tropas rusas=RUS/RUSMIL", "diplomacia rusa=RUS/RUSGOV", "fuerzas rusas=RUS/RUSMIL",
                        "ministro de Exteriores ruso=lavrov_sergey/RUSGOV", "Serguéi Lavrov=lavrov_sergey/RUSGOV");
    }

    @Test
    void roleNextToAMovementIsThatMovement() {
        assertThat(golden("es", "2023-05-10", "Los rebeldes hutíes atacaron.")).containsExactly("rebeldes hutíes=HTH/YEMREB");
        assertThat(golden("en", "2023-05-10", "Houthi rebels fired.")).containsExactly("Houthi rebels=HTH/YEMREB");
    }

    @Test
    void russianAmbassadorInACountryIntroducesTheNameAndItsSurname() {
        assertThat(golden("ru", "2023-05-10", "Посол США в России Линн Трейси заявила. По словам Трейси, всё готово."))
                .containsExactly("Посол США=new:линн_трейси/USAGOV", "России=RUS/RUS",
                        "Линн Трейси=new:линн_трейси/USAGOV", "Трейси=new:линн_трейси/USAGOV");
    }

    @Test
    void spanishPersonalAMakesACapitalAnActorWhileEnKeepsItAPlace() {
        assertThat(golden("es", "2023-05-10", "Washington acusó a Moscú. Lavrov está en Pekín.")).containsExactly(
                "Washington=USA/USAGOV", "Moscú=RUS/RUSGOV", "Lavrov=lavrov_sergey/RUSGOV", "Pekín@beijing");
    }
}
