package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.caravan.model.PartialDate;
import org.junit.jupiter.api.Test;

class EventCoderEnglishTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream().map(e -> e.source().key().orElse("?") + ">"
                + e.target().key().orElse("?") + " " + e.cameo() + " " + e.date().map(PartialDate::iso).orElse("-"))
                .toList();
    }

    @Test
    void codesAPossessiveNominalVisit() {
        Document d = Fixture.of("en", "Putin's state visit to Kazakhstan began on Monday.").published("2023-11-09")
                .lemma("began", "begin", "VERB")
                .actor("Putin", "RUS", "RUSGOV").actor("Kazakhstan", "KAZ", "KAZ").time("Monday", "2023-11-06").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 042 2023-11-06");
    }

    @Test
    void codesAPassiveWelcomeByTheHost() {
        Document d = Fixture.of("en", "Xi was welcomed by Tokayev in Astana.").published("2024-07-03")
                .lemma("welcomed", "welcome", "VERB")
                .actor("Xi", "CHN", "CHNGOV").actor("Tokayev", "KAZ", "KAZGOV").place("Astana", "Astana", "KAZ").build();
        assertThat(dyads(d)).containsExactly("KAZ>CHN 043 2024-07-03");
    }

    @Test
    void codesAMeetingWithAPartnerIntroducedByWith() {
        Document d = Fixture.of("en", "Erdogan held talks with Mirziyoyev in Tashkent.").published("2023-11-09")
                .lemma("held", "hold", "VERB").lemma("talks", "talks", "NOUN")
                .actor("Erdogan", "TUR", "TURGOV").actor("Mirziyoyev", "UZB", "UZBGOV")
                .place("Tashkent", "Tashkent", "UZB").build();
        assertThat(dyads(d)).containsExactly("TUR>UZB 046 2023-11-09");
    }

    @Test
    void doesNotCodeWhatWillHappenOrDidNotHappen() {
        Document d = Fixture.of("en", "Putin will visit China. Beijing did not condemn Moscow. Leaders are to sign a deal.")
                .lemma("condemn", "condemn", "VERB").lemma("sign", "sign", "VERB")
                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").actor("Beijing", "CHN", "CHNGOV")
                .actor("Moscow", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void makesAStarFromCoordinatedVisitors() {
        Document d = Fixture.of("en", "Turkey, Iran and Pakistan attended the summit in Tashkent.").published("2023-11-09")
                .lemma("attended", "attend", "VERB")
                .actor("Turkey", "TUR", "TUR").actor("Iran", "IRN", "IRN").actor("Pakistan", "PAK", "PAK")
                .place("Tashkent", "Tashkent", "UZB").build();
        assertThat(dyads(d)).containsExactly("TUR>UZB 042 2023-11-09", "IRN>UZB 042 2023-11-09",
                "PAK>UZB 042 2023-11-09");
    }

    @Test
    void codesAnOfferAsAnIntentionToGiveAid() {
        Document d = Fixture.of("en", "Japan offered humanitarian aid to Turkey.").published("2023-02-07")
                .lemma("offered", "offer", "VERB").lemma("aid", "aid", "NOUN")
                .actor("Japan", "JPN", "JPN").actor("Turkey", "TUR", "TUR").build();
        assertThat(dyads(d)).containsExactly("JPN>TUR 0333 2023-02-07");
    }

    @Test
    void codesTheAppealButNotTheActItAsksFor() {
        Document d = Fixture.of("en", "Beijing urged Moscow to attack Kyiv.").published("2023-11-09")
                .lemma("urged", "urge", "VERB").lemma("attack", "attack", "VERB")
                .actor("Beijing", "CHN", "CHNGOV").actor("Moscow", "RUS", "RUSGOV").actor("Kyiv", "UKR", "UKRGOV").build();
        assertThat(dyads(d)).containsExactly("CHN>RUS 020 2023-11-09");
    }

    @Test
    void codesNewsVerbsOfEveryKind() {
        Document d = Fixture.of("en", "Japan slapped sanctions on Russia. Turkey shot down a Russian jet.")
                .published("2023-11-09").lemma("slapped", "slap", "VERB").lemma("sanctions", "sanction", "NOUN")
                .lemma("shot", "shoot", "VERB")
                .actor("Japan", "JPN", "JPN").actor("Russia", "RUS", "RUS").actor("Turkey", "TUR", "TUR")
                .actor("Russian", "RUS", "RUSMIL").build();
        assertThat(dyads(d)).containsExactly("JPN>RUS 163 2023-11-09", "TUR>RUS 190 2023-11-09");
    }

    @Test
    void takesTheOwnerOfAnObjectNounAsTargetAndPlacesAsTargetsOfAttacks() {
        Document d = Fixture.of("en", "Moscow denied the allegations by Kyiv. Russian forces shelled Kharkiv overnight.")
                .published("2024-05-15").lemma("denied", "deny", "VERB").lemma("allegations", "allegation", "NOUN")
                .lemma("shelled", "shell", "VERB")
                .actor("Moscow", "RUS", "RUSGOV").actor("Kyiv", "UKR", "UKRGOV").actor("Russian forces", "RUS", "RUSMIL")
                .place("Kharkiv", "Kharkiv", "UKR").build();
        assertThat(dyads(d)).containsExactly("RUS>UKR 016 2024-05-15", "RUS>UKR 194 2024-05-15");
    }

    @Test
    void anAgentPrepositionInsideTheTriggerIsNotAPassive() {
        Document d = Fixture.of("en", "Putin spoke by phone with Tokayev.").published("2024-05-15")
                .lemma("spoke", "speak", "VERB").actor("Putin", "RUS", "RUSGOV").actor("Tokayev", "KAZ", "KAZGOV").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 041 2024-05-15");
    }

    @Test
    void takesTheMainSubjectForATriggerInAFrontedAdjunct() {
        Document d = Fixture.of("en", "During talks with Erdogan in Ankara, Scholz raised the issue.").published("2024-05-15")
                .lemma("talks", "talk", "NOUN").lemma("raised", "raise", "VERB")
                .actor("Erdogan", "TUR", "TURGOV").actor("Scholz", "DEU", "DEUGOV").place("Ankara", "Ankara", "TUR").build();
        assertThat(dyads(d)).containsExactly("DEU>TUR 046 2024-05-15");
    }

    @Test
    void codesAnnouncedAidAsAnIntention() {
        Document d = Fixture.of("en", "The United States on Monday announced $300 million in military aid to Ukraine.")
                .published("2024-05-15").lemma("announced", "announce", "VERB").lemma("aid", "aid", "NOUN")
                .actor("United States", "USA", "USA").actor("Ukraine", "UKR", "UKR").time("Monday", "2024-05-13").build();
        assertThat(dyads(d)).containsExactly("USA>UKR 0332 2024-05-13");
    }
}
