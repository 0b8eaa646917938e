package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class CompoundAdjectiveTest {

    @Test
    void frenchCompoundOfTwoCountriesGivesOneMentionPerCountry() {
        assertThat(golden("fr", "2023-05-10", "Le conflit russo-ukrainien et les relations sino-kazakhes. "
                + "Le couple franco-allemand et les liens américano-chinois."))
                .containsExactly("russo=RUS/RUS", "ukrainien=UKR/UKR", "sino=CHN/CHN", "kazakhes=KAZ/KAZ",
                        "franco=FRA/FRA", "allemand=DEU/DEU", "américano=USA/USA", "chinois=CHN/CHN");
    }

    @Test
    void englishCompoundOfTwoCountriesGivesOneMentionPerCountry() {
        assertThat(golden("en", "2023-05-10", "The Sino-Russian partnership and Indo-Pakistani talks."))
                .containsExactly("Sino=CHN/CHN", "Russian=RUS/RUS", "Indo=IND/IND", "Pakistani=PAK/PAK");
    }

    @Test
    void aPrefixNotJoinedToACountryNamesNothing() {
        assertThat(golden("en", "2023-05-10", "The Indo-Pacific strategy. Sino and russo alone.")).isEmpty();
        assertThat(golden("fr", "2023-05-10", "Le monde anglo-saxon et les langues indo-européennes."))
                .noneMatch(m -> m.contains("IND"));
    }

    @Test
    void russianCompoundOfTwoCountriesGivesOneMentionPerCountry() {
        assertThat(golden("ru", "2023-05-10", "Российско-китайские отношения укрепляются."))
                .containsExactly("Российско=RUS/RUS", "китайские=CHN/CHN");
    }
}
