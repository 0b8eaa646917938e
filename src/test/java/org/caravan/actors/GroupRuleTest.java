package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.junit.jupiter.api.Test;

class GroupRuleTest {

    private static List<String> members(String lang, String date, String text) {
        return ActorStageTest.run(lang, date, text).stream().filter(Mention::isGroup)
                .map(m -> m.text() + "=" + String.join(",", m.members().stream()
                        .map(a -> a.key().orElse("?") + "/" + a.code()).toList()))
                .toList();
    }

    @Test
    void theTwoLeadersAreTheLastTwoPeopleNamedInTextOrder() {
        assertThat(members("en", "2023-06-01", "Vladimir Putin met Xi Jinping. The two leaders signed a treaty."))
                .containsExactly("The two leaders=RUS/RUSGOV,CHN/CHNGOV");
    }

    @Test
    void sidesInEveryLanguageAreTheLastTwoActorsNamed() {
        assertThat(members("de", "2023-06-01", "Russland und China verhandelten. Beide Seiten einigten sich."))
                .containsExactly("Beide Seiten=RUS/RUSGOV,CHN/CHNGOV");
        assertThat(members("es", "2023-06-01", "Rusia y China negociaron. Ambas partes firmaron."))
                .containsExactly("Ambas partes=RUS/RUSGOV,CHN/CHNGOV");
        assertThat(members("ru", "2023-06-01", "Россия и Китай провели переговоры. Стороны подписали соглашение."))
                .containsExactly("Стороны=RUS/RUSGOV,CHN/CHNGOV");
    }

    @Test
    void aGroupWordAfterAPrepositionIsNoGroup() {
        assertThat(members("ru", "2023-06-01", "Россия и Китай провели переговоры. Со стороны России выступил министр."))
                .isEmpty();
    }

    @Test
    void withTooFewActorsNamedItStaysUnresolved() {
        assertThat(members("en", "2023-06-01", "Russia spoke. The two countries signed.")).isEmpty();
    }

    @Test
    void membershipGroupsTakeTheMembersOnTheDate() {
        assertThat(members("en", "2010-06-01", "G7 leaders met.")).singleElement().asString()
                .contains("RUS/RUSGOV");
        assertThat(members("en", "2020-06-01", "G7 leaders met.")).singleElement().asString()
                .doesNotContain("RUS").contains("USA/USAGOV", "JPN/JPNGOV");
        assertThat(members("fr", "2023-06-01", "Les pays du Golfe ont protesté.")).containsExactly(
                "Les pays du Golfe=BHR/BHR,KWT/KWT,OMN/OMN,QAT/QAT,SAU/SAU,ARE/ARE");
    }

    @Test
    void aLargeBlocIsTheOrganisationItself() {
        assertThat(ActorStageTest.golden("en", "2023-06-01", "Kyiv thanked EU member states."))
                .contains("EU member states=EU/EU");
    }

    @Test
    void aFormatHasItsHubFirst() {
        assertThat(members("en", "2023-09-19", "The C5+1 summit opened.")).containsExactly(
                "C5+1=USA/USA,KAZ/KAZ,KGZ/KGZ,TJK/TJK,TKM/TKM,UZB/UZB");
    }

    @Test
    void theMemberStatesAreThoseOfTheOrganisationNamedLast() {
        List<Mention> ms = ActorStageTest.run("en", "2023-09-01", "The SCO met in Astana. The member states agreed.");
        Mention g = ms.stream().filter(Mention::isGroup).findFirst().orElseThrow();
        assertThat(g.members().stream().map(ActorRef::id)).contains("CHN", "KAZ", "IRN").doesNotContain("BLR");
        assertThat(g.actor().get().key().get()).startsWith(Mention.GROUP);
    }
}
