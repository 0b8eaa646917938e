package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Mention;
import org.junit.jupiter.api.Test;

/** The states of an organisation ("the European states") are the member states the document named before. */
class ToldMembersTest {

    private static List<String> members(String lang, String date, String text) {
        return ActorStageTest.run(lang, date, text).stream().filter(Mention::isGroup)
                .map(m -> m.text() + "=" + String.join(",", m.members().stream().map(a -> a.key().orElse("?")).toList()))
                .toList();
    }

    @Test
    void theEuropeanStatesAreTheMembersNamedBeforeInEveryLanguage() {
        assertThat(members("de", "2019-02-04",
                "Spanien, Frankreich und Deutschland erkannten Guaidó an. Russland kritisierte die europäischen Staaten."))
                .containsExactly("die europäischen Staaten=ESP,FRA,DEU");
        assertThat(members("en", "2019-02-04",
                "Spain, France and Germany recognised Guaidó. Russia criticised the European countries."))
                .containsExactly("the European countries=ESP,FRA,DEU");
        assertThat(members("fr", "2019-02-04",
                "L'Espagne, la France et l'Allemagne ont reconnu Guaidó. La Russie a critiqué les pays européens."))
                .containsExactly("les pays européens=ESP,FRA,DEU");
        assertThat(members("es", "2019-02-04",
                "España, Francia y Alemania reconocieron a Guaidó. Rusia criticó a los países europeos."))
                .containsExactly("los países europeos=ESP,FRA,DEU");
        assertThat(members("ru", "2019-02-04",
                "Испания, Франция и Германия признали Гуайдо. Россия раскритиковала европейские страны."))
                .containsExactly("европейские страны=ESP,FRA,DEU");
    }

    @Test
    void statesThatAreNotMembersOnTheDateAreLeftOut() {
        assertThat(members("en", "2019-02-04",
                "Britain, France and Turkey recognised Guaidó. Russia criticised the European countries."))
                .containsExactly("the European countries=GBR,FRA");
        assertThat(members("en", "2023-02-04",
                "Britain, France and Germany recognised Guaidó. Russia criticised the European countries."))
                .containsExactly("the European countries=FRA,DEU");
    }

    @Test
    void withFewerThanTwoMembersNamedTheyAreTheOrganisation() {
        assertThat(members("en", "2023-06-01", "France spoke. Kyiv thanked EU countries.")).isEmpty();
        assertThat(ActorStageTest.golden("en", "2023-06-01", "France spoke. Kyiv thanked EU countries."))
                .contains("EU countries=EU/EU");
        assertThat(ActorStageTest.golden("de", "2023-06-01", "Kiew dankte den Europäern."))
                .contains("den Europäern=EU/EU");
    }

    @Test
    void theLeadersOfTheOrganisationStayTheOrganisation() {
        assertThat(ActorStageTest.golden("en", "2021-05-24",
                "Latvia and Poland expelled diplomats. EU leaders agreed on sanctions."))
                .contains("EU leaders=EU/EU");
    }
}
