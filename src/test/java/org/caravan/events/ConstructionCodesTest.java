package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Codes chosen by the construction of issue 9: the speaker slot of concern and criticism phrases, signed joint
 * statements, threats of retaliation.
 */
class ConstructionCodesTest {

    @Test
    void aSituationThatIsCauseForConcernConcernsTheSpeaker() {
        Document d = Fixture.of("en", "The junta in Niamey is cause for concern, the Kremlin said.")
                .published("2023-07-31").lemma("said", "say", "VERB")
                .actor("junta in Niamey", "NER", "NERMIL").actor("Kremlin", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).containsExactly("RUS>NER 012");
    }

    @Test
    void aFrenchMotifDePreoccupationConcernsTheSpeaker() {
        Document d = Fixture.of("fr", "La junte malienne est un motif de préoccupation, a déclaré Paris.")
                .published("2023-07-31").lemma("déclaré", "déclarer", "VERB")
                .actor("junte malienne", "MLI", "MLIMIL").actor("Paris", "FRA", "FRAGOV").build();
        assertThat(dyads(d)).containsExactly("FRA>MLI 012");
    }

    @Test
    void aSignedJointStatementIsASigningNotAnAgreement() {
        Document d = Fixture.of("en", "Iran and China signed a joint statement.").published("2023-03-10")
                .lemma("signed", "sign", "VERB").actor("Iran", "IRN", "IRN").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("IRN>CHN 057");
    }

    @Test
    void threateningPeaceIsTheSpeakersCriticismOfTheSubject() {
        Document d = Fixture.of("en", "Tokyo threatens regional peace, Beijing said.").published("2023-03-10")
                .lemma("threatens", "threaten", "VERB").lemma("said", "say", "VERB")
                .actor("Tokyo", "JPN", "JPNGOV").actor("Beijing", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).containsExactly("CHN>JPN 111");
    }

    @Test
    void threateningPeaceWithNoSpeakerIsNoThreatToAnyone() {
        Document d = Fixture.of("en", "Tokyo threatens regional peace.").published("2023-03-10")
                .lemma("threatens", "threaten", "VERB").actor("Tokyo", "JPN", "JPNGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void aVowOfRetaliationAgainstAnActorIsAThreat() {
        Document d = Fixture.of("en", "Iran vowed retaliation against Israel.").published("2024-04-02")
                .lemma("vowed", "vow", "VERB").actor("Iran", "IRN", "IRN").actor("Israel", "ISR", "ISR").build();
        assertThat(dyads(d)).containsExactly("IRN>ISR 130");
    }

    @Test
    void aCounterpartCalledUpIsAPhoneCall() {
        Document d = Fixture.of("en", "Pakistan called up India on Saturday.").published("2025-05-10")
                .lemma("called", "call", "VERB").actor("Pakistan", "PAK", "PAK").actor("India", "IND", "IND").build();
        assertThat(dyads(d)).containsExactly("PAK>IND 041");
    }

    @Test
    void anUltimatumsGenitiveIsItsAuthorAndTheSubjectTheOneItWasSetTo() {
        Document en = Fixture.of("en", "Venezuela let Germany's ultimatum expire.").published("2019-02-04")
                .actor("Venezuela", "VEN", "VEN").actor("Germany", "DEU", "DEU").build();
        Document de = Fixture.of("de", "Venezuela ließ das Ultimatum Deutschlands verstreichen.").published("2019-02-04")
                .actor("Venezuela", "VEN", "VEN").actor("Deutschlands", "DEU", "DEU").build();
        assertThat(dyads(en)).containsExactly("DEU>VEN 139");
        assertThat(dyads(de)).containsExactly("DEU>VEN 139");
    }

    @Test
    void anUltimatumIssuedByTheSubjectGoesToItsAddressee() {
        Document d = Fixture.of("en", "Germany issued an ultimatum to Venezuela.").published("2019-02-04")
                .lemma("issued", "issue", "VERB").actor("Germany", "DEU", "DEU").actor("Venezuela", "VEN", "VEN").build();
        assertThat(dyads(d)).containsExactly("DEU>VEN 139");
    }
}
