package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.PartialDate;
import org.caravan.model.PlaceRef;
import org.junit.jupiter.api.Test;

class EventCoderFrenchTest {

    private static EventCoder.Result code(Document d) {
        return EventCoder.standard().code(d);
    }

    private static List<String> dyads(EventCoder.Result r) {
        return r.events().stream().map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " "
                + e.cameo() + " " + e.date().map(PartialDate::iso).orElse("-")).toList();
    }

    @Test
    void codesAVisitToACountryWithTheDateOfItsOwnTimeExpression() {
        Document d = Fixture.of("fr", "Xi Jinping s'est rendu au Kazakhstan mercredi.")
                .published("2022-09-15").lemma("rendu", "rendre", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ")
                .time("mercredi", "2022-09-14").build();
        assertThat(dyads(code(d))).containsExactly("CHN>KAZ 042 2022-09-14");
    }

    @Test
    void foldsTheHeadlineTellingIntoTheBodyTellingWithItsExplicitDate() {
        Document d = Fixture.of("fr", "Paris condamne Moscou. Mardi, Paris a condamné Moscou pour la frappe.")
                .published("2024-03-13").lemma("condamne", "condamner", "VERB")
                .lemma("condamné", "condamner", "VERB").actor("Paris", "FRA", "FRAGOV").actor("Moscou", "RUS", "RUSGOV")
                .time("Mardi", "2024-03-12").build();
        EventCoder.Result r = code(d);
        assertThat(dyads(r)).containsExactly("FRA>RUS 111 2024-03-12");
        assertThat(r.events().get(0).mentions()).hasSize(2);
    }

    @Test
    void keepsTheHeadlineTellingApartWhenTheBodyGivesTwoDates() {
        Document d = Fixture.of("fr", "Paris condamne Moscou. Mardi, Paris a condamné Moscou. Lundi, Paris a condamné Moscou.")
                .published("2024-03-13").lemma("condamne", "condamner", "VERB")
                .lemma("condamné", "condamner", "VERB").actor("Paris", "FRA", "FRAGOV").actor("Moscou", "RUS", "RUSGOV")
                .time("Mardi", "2024-03-12").time("Lundi", "2024-03-11").build();
        assertThat(dyads(code(d))).containsExactlyInAnyOrder("FRA>RUS 111 2024-03-13", "FRA>RUS 111 2024-03-12",
                "FRA>RUS 111 2024-03-11");
    }

    @Test
    void foldsTheHeadlineIntoTheBodyTellingOfTheWeekWhenAnotherIsBackground() {
        Document d = Fixture.of("fr", "Paris condamne Moscou. Mardi, Paris a condamné Moscou. En 2014, Paris a condamné Moscou.")
                .published("2024-03-13").lemma("condamne", "condamner", "VERB")
                .lemma("condamné", "condamner", "VERB").actor("Paris", "FRA", "FRAGOV").actor("Moscou", "RUS", "RUSGOV")
                .time("Mardi", "2024-03-12").time("2014", "2014").build();
        assertThat(dyads(code(d))).containsExactlyInAnyOrder("FRA>RUS 111 2024-03-12", "FRA>RUS 111 2014");
    }

    @Test
    void takesThePlaceGovernedByTheTrigger() {
        Document d = Fixture.of("fr", "Poutine est arrivé à Astana.").published("2024-07-03")
                .lemma("arrivé", "arriver", "VERB").actor("Poutine", "RUS", "RUSGOV")
                .place("Astana", "Astana", "KAZ").build();
        Event e = code(d).events().get(0);
        assertThat(dyads(code(d))).containsExactly("RUS>KAZ 042 2024-07-03");
        assertThat(e.location()).map(PlaceRef::name).contains("Astana");
    }

    @Test
    void swapsSubjectAndAgentInThePassive() {
        Document d = Fixture.of("fr", "Xi Jinping a été accueilli par Tokaïev.").published("2022-09-14")
                .lemma("accueilli", "accueillir", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Tokaïev", "KAZ", "KAZGOV").build();
        assertThat(dyads(code(d))).containsExactly("KAZ>CHN 043 2022-09-14");
    }

    @Test
    void codesCoordinatedSubjectsOfAReciprocalVerbAsOneMeeting() {
        Document d = Fixture.of("fr", "Poutine et Xi se sont rencontrés.").published("2024-07-03")
                .lemma("rencontrés", "rencontrer", "VERB")
                .actor("Poutine", "RUS", "RUSGOV").actor("Xi", "CHN", "CHNGOV").build();
        assertThat(dyads(code(d))).containsExactly("RUS>CHN 040 2024-07-03");
    }

    @Test
    void doesNotCodeANegatedEventButExplainsWhy() {
        Document d = Fixture.of("fr", "Pékin n'a pas condamné Moscou.").published("2022-09-14")
                .lemma("condamné", "condamner", "VERB")
                .actor("Pékin", "CHN", "CHNGOV").actor("Moscou", "RUS", "RUSGOV").build();
        EventCoder.Result r = code(d);
        assertThat(r.events()).isEmpty();
        assertThat(r.decisions()).singleElement().satisfies(x -> {
            assertThat(x.modality()).isEqualTo(Modality.NEGATED);
            assertThat(x.reason()).contains("negated");
        });
    }

    @Test
    void doesNotCodeAFutureMeetingEvenWithoutALemmatizer() {
        Document d = Fixture.of("fr", "Poutine rencontrera Xi à Astana.")
                .actor("Poutine", "RUS", "RUSGOV").actor("Xi", "CHN", "CHNGOV").build();
        EventCoder.Result r = code(d);
        assertThat(r.events()).isEmpty();
        assertThat(r.decisions()).extracting(Decision::modality).containsExactly(Modality.FUTURE);
    }

    @Test
    void doesNotCodeAPlannedVisit() {
        Document d = Fixture.of("fr", "La visite de Poutine au Kazakhstan est prévue en novembre.")
                .actor("Poutine", "RUS", "RUSGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        assertThat(code(d).events()).isEmpty();
    }

    @Test
    void doesNotCodeConditionalsOrQuestions() {
        Document d = Fixture.of("fr", "Pékin condamnerait Moscou. Pékin a-t-il condamné Moscou ?")
                .lemma("condamnerait", "condamner", "VERB").lemma("condamné", "condamner", "VERB")
                .actor("Pékin", "CHN", "CHNGOV").actor("Moscou", "RUS", "RUSGOV").build();
        EventCoder.Result r = code(d);
        assertThat(r.events()).isEmpty();
        assertThat(r.decisions()).extracting(Decision::modality)
                .containsExactly(Modality.CONDITIONAL, Modality.QUESTION);
    }

    @Test
    void codesAWishToCooperateAsAnIntention() {
        Document d = Fixture.of("fr", "Pékin souhaite coopérer avec le Kazakhstan.").published("2022-09-14")
                .lemma("souhaite", "souhaiter", "VERB").lemma("coopérer", "coopérer", "VERB")
                .actor("Pékin", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        assertThat(dyads(code(d))).containsExactly("CHN>KAZ 031 2022-09-14");
    }

    @Test
    void codesANominalVisitWithItsGenitiveSource() {
        Document d = Fixture.of("fr", "La visite de Poutine au Kazakhstan a duré deux jours.").published("2023-11-09")
                .actor("Poutine", "RUS", "RUSGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        assertThat(dyads(code(d))).containsExactly("RUS>KAZ 042 2023-11-09");
    }

    @Test
    void dropsEventsWithTheSameCountryOnBothSides() {
        Document d = Fixture.of("fr", "Tokaïev a reçu le Premier ministre kazakh.").published("2023-11-09")
                .lemma("reçu", "recevoir", "VERB")
                .actor("Tokaïev", "KAZ", "KAZGOV").actor("Premier ministre kazakh", "KAZ", "KAZGOV").build();
        EventCoder.Result r = code(d);
        assertThat(r.events()).isEmpty();
        assertThat(r.decisions().get(0).reason()).contains("same country");
    }

    @Test
    void attributesFirstPersonReportedSpeechToTheSpeaker() {
        Document d = Fixture.of("fr", "« Nous soutenons le Kazakhstan », a déclaré Xi Jinping.").published("2022-09-14")
                .lemma("soutenons", "soutenir", "VERB").lemma("déclaré", "déclarer", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        assertThat(dyads(code(d))).containsExactly("CHN>KAZ 051 2022-09-14");
    }

    @Test
    void mergesTheSameHappeningToldTwiceIntoOneEventWithTwoMentions() {
        Document d = Fixture.of("fr", "Xi Jinping s'est rendu au Kazakhstan. Xi Jinping a visité le Kazakhstan.")
                .published("2022-09-14").lemma("rendu", "rendre", "VERB").lemma("visité", "visiter", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        EventCoder.Result r = code(d);
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("042");
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.id()).isEqualTo("doc1-e1");
        });
    }

    @Test
    void keepsTheOwnDateOfBackgroundHistory() {
        Document d = Fixture.of("fr", "La Chine et le Kazakhstan ont établi des relations diplomatiques en 1992.")
                .published("2024-07-05").lemma("établi", "établir", "VERB").lemma("relations", "relation", "NOUN")
                .actor("Chine", "CHN", "CHN").actor("Kazakhstan", "KAZ", "KAZ").time("en 1992", "1992").build();
        assertThat(dyads(code(d))).containsExactly("CHN>KAZ 054 1992");
    }

    @Test
    void usesTheParseForSubjectAndObjectWhenThereIsOne() {
        Document d = Fixture.of("fr", "Moscou accuse depuis longtemps Washington.").published("2024-01-02")
                .lemma("accuse", "accuser", "VERB")
                .actor("Moscou", "RUS", "RUSGOV").actor("Washington", "USA", "USAGOV")
                .dep("Moscou", "accuse", "nsubj").dep("Washington", "accuse", "obj").build();
        EventCoder.Result r = code(d);
        assertThat(dyads(r)).containsExactly("RUS>USA 112 2024-01-02");
        assertThat(r.decisions().get(0).sources().get(0)).contains("parse subj");
    }

    @Test
    void takesTheSourceOfAPronounSubjectFromTheSentenceBefore() {
        Document d = Fixture.of("fr", "Xi Jinping est à Astana. Il a rencontré Tokaïev.").published("2022-09-14")
                .lemma("rencontré", "rencontrer", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Tokaïev", "KAZ", "KAZGOV")
                .place("Astana", "Astana", "KAZ").build();
        assertThat(dyads(code(d))).contains("CHN>KAZ 040 2022-09-14");
    }

    @Test
    void codesTheInvitationButNotTheActItAsksFor() {
        Document d = Fixture.of("fr", "Pékin a invité Astana à rejoindre les BRICS.").published("2024-07-03")
                .lemma("invité", "inviter", "VERB").lemma("rejoindre", "rejoindre", "VERB")
                .actor("Pékin", "CHN", "CHNGOV").actor("Astana", "KAZ", "KAZGOV").actor("BRICS", "BRICS", "BRICS").build();
        assertThat(dyads(code(d))).containsExactly("CHN>KAZ 036 2024-07-03");
    }

    @Test
    void codesFrenchNewsVerbsOfEveryKind() {
        Document d = Fixture.of("fr", "Moscou a convoqué l'ambassadeur de France. La Turquie a abattu un drone russe.")
                .published("2024-07-03").lemma("convoqué", "convoquer", "VERB").lemma("ambassadeur", "ambassadeur", "NOUN")
                .lemma("abattu", "abattre", "VERB")
                .actor("Moscou", "RUS", "RUSGOV").actor("ambassadeur de France", "FRA", "FRAGOV")
                .actor("Turquie", "TUR", "TUR").actor("russe", "RUS", "RUSMIL").build();
        assertThat(dyads(code(d))).containsExactly("RUS>FRA 114 2024-07-03", "TUR>RUS 190 2024-07-03");
    }

    @Test
    void codesAPhoneCallToldWithPar() {
        Document d = Fixture.of("fr", "Poutine s'est entretenu par téléphone avec Tokaïev.").published("2024-05-15")
                .lemma("entretenu", "entretenir", "VERB").actor("Poutine", "RUS", "RUSGOV").actor("Tokaïev", "KAZ", "KAZGOV")
                .build();
        assertThat(dyads(code(d))).containsExactly("RUS>KAZ 041 2024-05-15");
    }

    @Test
    void takesThePairToldBeforeForLeurAndLesDeux() {
        Document d = Fixture.of("fr", "Xi Jinping a salué Vladimir Poutine. Lors de leur rencontre, les deux dirigeants ont signé un accord.")
                .published("2022-09-14").lemma("salué", "saluer", "VERB").lemma("rencontre", "rencontre", "NOUN")
                .lemma("signé", "signer", "VERB")
                .actor("Xi Jinping", "CHN", "CHNGOV").actor("Vladimir Poutine", "RUS", "RUSGOV").build();
        assertThat(dyads(code(d))).containsExactly("CHN>RUS 051 2022-09-14", "CHN>RUS 040 2022-09-14",
                "CHN>RUS 057 2022-09-14");
    }

    @Test
    void anActorMentionThatHoldsTheTriggersLastWordIsItsObject() {
        Document d = Fixture.of("fr", "La Pologne a expulsé mardi des diplomates russes.").published("2024-05-15")
                .lemma("expulsé", "expulser", "VERB").lemma("diplomates", "diplomate", "NOUN")
                .actor("Pologne", "POL", "POL").actor("diplomates russes", "RUS", "RUSGOV").time("mardi", "2024-05-14")
                .build();
        assertThat(dyads(code(d))).containsExactly("POL>RUS 166 2024-05-14");
    }

    @Test
    void aPlaceMentionStopsThePrepositionSearch() {
        Document d = Fixture.of("fr", "Le ministre ouzbek a rencontré lundi à Ankara son homologue turc.").published("2024-05-15")
                .lemma("rencontré", "rencontrer", "VERB").lemma("Ankara", "Ankara", "PROPN").lemma("lundi", "lundi", "NOUN")
                .actor("ministre ouzbek", "UZB", "UZBGOV")
                .place("Ankara", "Ankara", "TUR").actor("homologue turc", "TUR", "TURGOV").time("lundi", "2024-05-13")
                .build();
        assertThat(dyads(code(d))).containsExactly("UZB>TUR 040 2024-05-13");
    }
}
