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
    void aMemberNamedEarlierInTheSentenceIsTheHub() {
        assertThat(members("en", "2023-03-16", "Yoon Suk Yeol met Fumio Kishida in Tokyo. "
                + "Kishida said the two leaders agreed to resume visits."))
                .containsExactly("the two leaders=JPN/JPNGOV,KOR/KORGOV");
    }

    @Test
    void aNumberedGroupIsThatManyActorsNamedInEveryLanguage() {
        assertThat(members("en", "2023-06-01", "Putin met Tokayev and Mirziyoyev. The three presidents signed a treaty."))
                .containsExactly("The three presidents=RUS/RUSGOV,KAZ/KAZGOV,UZB/UZBGOV");
        assertThat(members("fr", "2023-06-01", "Macron a reçu Tokaïev. Les deux chefs d'Etat ont signé un accord."))
                .containsExactly("Les deux chefs d'Etat=FRA/FRAGOV,KAZ/KAZGOV");
        assertThat(members("ru", "2023-06-01", "Путин встретился с Токаевым. Два лидера подписали договор."))
                .containsExactly("Два лидера=RUS/RUSGOV,KAZ/KAZGOV");
        assertThat(members("de", "2023-06-01", "Frankreich, Polen und Deutschland berieten. Die drei Länder einigten sich."))
                .containsExactly("Die drei Länder=FRA/FRA,POL/POL,DEU/DEU");
        assertThat(members("es", "2023-06-01", "México recibió a Belice. Los dos países firmaron un acuerdo."))
                .containsExactly("Los dos países=MEX/MEX,BLZ/BLZ");
    }

    @Test
    void aBarePluralIsEveryActorOfItsKindNamedLately() {
        assertThat(members("en", "2023-06-01", "Xi met Lula in Beijing. The leaders agreed on a settlement."))
                .containsExactly("The leaders=CHN/CHNGOV,BRA/BRAGOV");
        assertThat(members("es", "2023-06-01", "Rusia y China negociaron. Las partes firmaron."))
                .containsExactly("Las partes=RUS/RUSGOV,CHN/CHNGOV");
        assertThat(members("en", "2023-06-01", "Xi spoke. The leaders agreed.")).isEmpty();
        assertThat(members("en", "2022-09-13", "Pashinyan had a call with Putin. Armenia accused Azerbaijan and asked "
                + "the CSTO for help. The parties agreed to keep in contact."))
                .containsExactly("The parties=ARM/ARMGOV,RUS/RUSGOV");
    }

    @Test
    void aNumberedGroupWithMoreActorsNamedTakesTheLatest() {
        assertThat(members("en", "2023-06-01", "Russia warned Japan. India met China. The two countries signed."))
                .containsExactly("The two countries=IND/IND,CHN/CHN");
    }

    @Test
    void aGroupWordWithAnOfComplementIsNoGroup() {
        assertThat(members("en", "2023-06-01", "Vladimir Putin met Xi Jinping. The two leaders of the region spoke."))
                .isEmpty();
    }

    @Test
    void aGroupWordAfterAPrepositionIsNoGroup() {
        assertThat(members("ru", "2023-06-01", "Россия и Китай провели переговоры. Со стороны России выступил министр."))
                .isEmpty();
    }

    @Test
    void aGroupAfterAPrepositionWithNoOwnerAfterItIsAGroup() {
        assertThat(members("en", "2025-05-10", "India and Pakistan agreed. He wrote: thanks to both countries."))
                .containsExactly("both countries=IND/IND,PAK/PAK");
        assertThat(members("fr", "2023-06-01", "La Russie et la Chine ont parlé. Un accord entre les deux pays a été signé."))
                .containsExactly("les deux pays=RUS/RUS,CHN/CHN");
        assertThat(members("ru", "2023-06-01", "Россия и Китай провели переговоры. Со стороны России выступил министр."))
                .isEmpty();
    }

    @Test
    void withTooFewActorsNamedItStaysUnresolved() {
        assertThat(members("en", "2023-06-01", "Russia spoke. The two countries signed.")).isEmpty();
    }

    @Test
    void aRegionTakesItsMembersOnTheDate() {
        assertThat(members("fr", "2023-06-01", "Les pays du Golfe ont protesté.")).containsExactly(
                "Les pays du Golfe=BHR/BHR,KWT/KWT,OMN/OMN,QAT/QAT,SAU/SAU,ARE/ARE");
        assertThat(members("en", "1985-06-01", "The Central Asian states protested.")).isEmpty();
        assertThat(members("en", "2023-06-01", "The Central Asian states protested.")).containsExactly(
                "The Central Asian states=KAZ/KAZ,KGZ/KGZ,TJK/TJK,TKM/TKM,UZB/UZB");
    }

    @Test
    void theBalticStatesAreTheirThreeMembersInEveryLanguage() {
        String baltic = "=EST/EST,LVA/LVA,LTU/LTU";
        assertThat(members("en", "2021-05-24", "The Baltic states expelled diplomats.")).containsExactly("The Baltic states" + baltic);
        assertThat(members("fr", "2021-05-24", "Les pays baltes ont protesté.")).containsExactly("Les pays baltes" + baltic);
        assertThat(members("ru", "2021-05-24", "Страны Балтии выслали дипломатов.")).containsExactly("Страны Балтии" + baltic);
        assertThat(members("de", "2021-05-24", "Die baltischen Staaten protestierten.")).containsExactly("Die baltischen Staaten" + baltic);
        assertThat(members("es", "2021-05-24", "Los países bálticos protestaron.")).containsExactly("Los países bálticos" + baltic);
    }

    @Test
    void ecowasIsAnOrganisationWhoseMembersFollowTheDate() {
        assertThat(ActorStageTest.golden("en", "2023-07-30", "ECOWAS imposed sanctions on Niger."))
                .contains("ECOWAS=ECOWAS/ECOWAS");
        assertThat(ActorStageTest.golden("fr", "2023-07-30", "La CEDEAO a imposé des sanctions au Niger."))
                .contains("CEDEAO=ECOWAS/ECOWAS");
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.members("ECOWAS", java.time.LocalDate.of(2023, 7, 30))).contains("NER", "MLI", "NGA", "CPV")
                .doesNotContain("MRT");
        assertThat(kb.members("ECOWAS", java.time.LocalDate.of(2025, 6, 1))).contains("NGA")
                .doesNotContain("NER", "MLI", "BFA");
    }

    @Test
    void theMembersOfAnOrganisationWithItsOwnEntryAreTheOrganisation() {
        assertThat(ActorStageTest.golden("en", "2023-06-01", "Kyiv thanked EU member states."))
                .contains("EU member states=EU/EU");
        assertThat(ActorStageTest.golden("en", "2023-06-01", "The G7 leaders met in Hiroshima."))
                .contains("G7 leaders=G7/G7");
        assertThat(ActorStageTest.golden("de", "2023-06-01", "Die G7-Staaten sagten Hilfe zu."))
                .contains("Die G7-Staaten=G7/G7");
        assertThat(members("en", "2023-06-01", "CSTO members met.")).isEmpty();
    }

    @Test
    void aFormatHasItsHubFirst() {
        assertThat(members("en", "2023-09-19", "The C5+1 summit opened.")).containsExactly(
                "C5+1=USA/USA,KAZ/KAZ,KGZ/KGZ,TJK/TJK,TKM/TKM,UZB/UZB");
    }

    @Test
    void theMemberStatesAreTheOrganisationNamedLast() {
        assertThat(ActorStageTest.golden("en", "2023-09-01", "The CSTO met in Astana. The member states agreed."))
                .contains("The member states=CSTO/CSTO");
    }

    @Test
    void emptyAndRandomTextGiveNoGroup() {
        assertThat(members("en", "2023-06-01", "")).isEmpty();
        java.util.Random random = new java.util.Random(9);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : " .,-+".charAt(random.nextInt(5))));
        }
        assertThat(members("en", "2023-06-01", b.toString())).isEmpty();
    }
}
