package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** English reporting of issue 9 on the CAMEO gold's kind of sentences: hopes, allegations, reciprocals, located targets. */
class EnglishReportingTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream()
                .map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " " + e.cameo())
                .toList();
    }

    @Test
    void aHopeThatSomeoneElseActsOnAnActorIsNoWishTowardIt() {
        Document d = Fixture.of("en", "Kigali said it hoped French officials would be indicted for war crimes.")
                .published("2008-08-06").lemma("hoped", "hope", "VERB").lemma("indicted", "indict", "VERB")
                .actor("Kigali", "RWA", "RWAGOV").actor("French officials", "FRA", "FRAGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void aHopeForTiesWithAnActorIsAWishTowardIt() {
        Document d = Fixture.of("en", "Astana hopes for closer ties with Beijing.").published("2024-07-03")
                .lemma("hopes", "hope", "VERB").actor("Astana", "KAZ", "KAZGOV").actor("Beijing", "CHN", "CHNGOV")
                .build();
        assertThat(dyads(d)).containsExactly("KAZ>CHN 030");
    }

    @Test
    void anActToldInTheSecondComplementOfAnAllegationIsHedged() {
        Document d = Fixture.of("en", "A report alleged that France was aware of the plans, and that the French "
                        + "army in Rwanda helped to plan the massacres and took part in the killing.")
                .published("2008-08-06").lemma("alleged", "allege", "VERB").lemma("took", "take", "VERB")
                .lemma("helped", "help", "VERB").actor("France", "FRA", "FRA").actor("French army", "FRA", "FRAMIL")
                .actor("Rwanda", "RWA", "RWA").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void coordinatedSubjectsThatBlameEachOtherAreEachOthersTargets() {
        Document d = Fixture.of("en", "Yerevan and Baku blamed each other for the escalation.").published("2022-09-13")
                .lemma("blamed", "blame", "VERB").actor("Yerevan", "ARM", "ARMGOV").actor("Baku", "AZE", "AZEGOV")
                .build();
        assertThat(dyads(d)).containsExactlyInAnyOrder("ARM>AZE 112", "AZE>ARM 112");
    }

    @Test
    void aStrikeOnAnArmedGroupsPositionIsAgainstTheCountryWhereItStands() {
        Document d = Fixture.of("en", "The United States launched an air strike against an Islamic State target "
                        + "southwest of Baghdad.").published("2014-09-15").lemma("launched", "launch", "VERB")
                .actor("United States", "USA", "USA").actor("Islamic State", "ISIS", "ISIS")
                .actor("Baghdad", "IRQ", "IRQGOV").build();
        assertThat(dyads(d)).containsExactly("USA>IRQ 195");
    }

    @Test
    void anArmedGroupNamedWithoutAPlaceStaysTheGroup() {
        Document d = Fixture.of("en", "The United States launched an air strike against Islamic State.")
                .published("2014-09-15").lemma("launched", "launch", "VERB")
                .actor("United States", "USA", "USA").actor("Islamic State", "ISIS", "ISIS").build();
        assertThat(dyads(d)).containsExactly("USA>ISIS 195");
    }

    @Test
    void supportThatWouldNotBeGivenIsARejection() {
        Document d = Fixture.of("en", "Obama said he would not provide support to Israel.").published("2015-06-01")
                .lemma("provide", "provide", "VERB").actor("Obama", "USA", "USAGOV").actor("Israel", "ISR", "ISR")
                .build();
        assertThat(dyads(d)).containsExactly("USA>ISR 120");
    }

    @Test
    void concernOverTheSituationInACountryIsAboutThatCountry() {
        Document d = Fixture.of("en", "Russia expressed concern over the situation in Niger.").published("2023-07-31")
                .lemma("expressed", "express", "VERB").actor("Russia", "RUS", "RUS").actor("Niger", "NER", "NER")
                .build();
        assertThat(dyads(d)).containsExactly("RUS>NER 012");
    }
}
