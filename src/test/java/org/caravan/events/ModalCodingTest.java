package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** How modality chooses the code: refusals and negated cooperation 12x, intended acts 03x (events/intent.tsv). */
class ModalCodingTest {

    @Test
    void codesANegatedRecognitionAsARejection() {
        Document d = Fixture.of("en", "Colombia did not recognise Venezuela.").published("2024-06-12")
                .lemma("recognise", "recognise", "VERB")
                .actor("Colombia", "COL", "COL").actor("Venezuela", "VEN", "VEN").build();
        assertThat(dyads(d)).containsExactly("COL>VEN 120");
    }

    @Test
    void codesAFrenchNegatedSupportAsARejection() {
        Document d = Fixture.of("fr", "La France ne soutient pas la Russie.").published("2024-06-12")
                .lemma("soutient", "soutenir", "VERB")
                .actor("France", "FRA", "FRA").actor("Russie", "RUS", "RUS").build();
        assertThat(dyads(d)).containsExactly("FRA>RUS 120");
    }

    @Test
    void leavesANegatedCondemnationUncoded() {
        Document d = Fixture.of("ru", "Пекин не осудил Москву.").published("2022-09-14")
                .actor("Пекин", "CHN", "CHNGOV").actor("Москву", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void leavesANegatedAgreementNounUncoded() {
        Document d = Fixture.of("en", "Russia reached no agreement with Ukraine.").published("2024-06-12")
                .lemma("agreement", "agreement", "NOUN").lemma("reached", "reach", "VERB")
                .actor("Russia", "RUS", "RUS").actor("Ukraine", "UKR", "UKR").build();
        assertThat(EventCoder.standard().code(d).events()).noneMatch(e -> e.cameo().startsWith("12"));
    }

    @Test
    void codesARefusalToMeetAsARejectedMeeting() {
        Document d = Fixture.of("en", "Iran refused to meet Blinken.").published("2024-06-12")
                .lemma("refused", "refuse", "VERB").lemma("meet", "meet", "VERB")
                .actor("Iran", "IRN", "IRN").actor("Blinken", "USA", "USAGOV").build();
        assertThat(dyads(d)).contains("IRN>USA 125").allMatch(x -> x.matches("IRN>USA 12\\d*"));
    }

    @Test
    void codesARussianRefusalToMeetAsARejectedMeeting() {
        Document d = Fixture.of("ru", "Иран отказался встречаться с Блинкеном.").published("2024-06-12")
                .lemma("встречаться", "встречаться", "VERB")
                .actor("Иран", "IRN", "IRN").actor("Блинкеном", "USA", "USAGOV").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.matches("IRN>USA 12\\d*"));
    }

    @Test
    void codesASpanishRefusalToSignAsARejectedAgreement() {
        Document d = Fixture.of("es", "Hungría se negó a firmar el acuerdo con Ucrania.").published("2024-06-12")
                .actor("Hungría", "HUN", "HUN").actor("Ucrania", "UKR", "UKR").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.matches("HUN>UKR 12\\d*"));
    }

    @Test
    void leavesARefusedCondemnationUncoded() {
        Document d = Fixture.of("en", "China refused to condemn Russia.").published("2024-06-12")
                .lemma("condemn", "condemn", "VERB").lemma("refused", "refuse", "VERB")
                .actor("China", "CHN", "CHN").actor("Russia", "RUS", "RUS").build();
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(" 111"));
    }

    @Test
    void codesAnAgreementToSignAsAnIntentionNotASigning() {
        Document d = Fixture.of("en", "Russia agreed to sign a treaty with Belarus.").published("2024-06-12")
                .lemma("agreed", "agree", "VERB").lemma("sign", "sign", "VERB")
                .actor("Russia", "RUS", "RUS").actor("Belarus", "BLR", "BLR").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.equals("RUS>BLR 030"));
    }

    @Test
    void codesAPlanToVisitAsAnIntentionToMeet() {
        Document d = Fixture.of("en", "Putin plans to visit China.").published("2024-06-12")
                .lemma("plans", "plan", "VERB").lemma("visit", "visit", "VERB")
                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("RUS>CHN 036");
    }

    @Test
    void codesAFrenchPlanToVisitAsAnIntentionToMeet() {
        Document d = Fixture.of("fr", "Poutine prévoit de visiter la Chine.").published("2024-06-12")
                .lemma("visiter", "visiter", "VERB")
                .actor("Poutine", "RUS", "RUSGOV").actor("Chine", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("RUS>CHN 036");
    }

    @Test
    void codesAGermanAgreementToSignAsAnIntention() {
        Document d = Fixture.of("de", "Russland vereinbarte mit Belarus, einen Vertrag zu unterzeichnen.")
                .published("2024-06-12").actor("Russland", "RUS", "RUS").actor("Belarus", "BLR", "BLR").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.equals("RUS>BLR 030"));
    }

    @Test
    void codesASpanishPlanToVisitAsAnIntentionToMeet() {
        Document d = Fixture.of("es", "Putin planea visitar China.").published("2024-06-12")
                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("RUS>CHN 036");
    }

    @Test
    void codesARussianDecisionToMeetAsAnIntentionToMeet() {
        Document d = Fixture.of("ru", "Путин решил встречаться с Си.").published("2024-06-12")
                .actor("Путин", "RUS", "RUSGOV").actor("Си", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).containsExactly("RUS>CHN 036");
    }

    @Test
    void codesPromisedFutureAidAsAnIntentionToGiveAid() {
        Document d = Fixture.of("en", "China will provide humanitarian aid to Syria.").published("2024-06-12")
                .lemma("provide", "provide", "VERB").lemma("aid", "aid", "NOUN")
                .actor("China", "CHN", "CHN").actor("Syria", "SYR", "SYR").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.startsWith("CHN>SYR 033"));
    }

    @Test
    void leavesAScheduledFutureVisitUncoded() {
        Document d = Fixture.of("en", "Putin will visit China.").published("2024-06-12")
                .lemma("visit", "visit", "VERB").actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void theAdjectivePlannedMakesNoIntention() {
        Document d = Fixture.of("en", "The planned visit of Putin to China was cancelled.").published("2024-06-12")
                .lemma("planned", "planned", "ADJ").lemma("visit", "visit", "NOUN")
                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(" 036"));
    }

    @Test
    void codesAnAppealByTheActItAsksFor() {
        Document d = Fixture.of("en", "The EU urged Belarus to release Protasevich.").published("2024-06-12")
                .lemma("urged", "urge", "VERB").lemma("release", "release", "VERB")
                .actor("EU", "EU", "EU").actor("Belarus", "BLR", "BLR").build();
        assertThat(dyads(d)).containsExactly("EU>BLR 0253");
    }

    @Test
    void codesAFrenchAppealToNegotiateAsAnAppealToMeet() {
        Document d = Fixture.of("fr", "La France a appelé la Russie à négocier avec l'Ukraine.").published("2024-06-12")
                .lemma("appelé", "appeler", "VERB").lemma("négocier", "négocier", "VERB")
                .actor("France", "FRA", "FRA").actor("Russie", "RUS", "RUS").actor("Ukraine", "UKR", "UKR").build();
        assertThat(dyads(d)).containsExactly("FRA>RUS 026");
    }

    @Test
    void keepsTheGeneralAppealWhenTheActAskedForHasNoAppealCode() {
        Document d = Fixture.of("en", "Beijing urged Moscow to attack Kyiv.").published("2023-11-09")
                .lemma("urged", "urge", "VERB").lemma("attack", "attack", "VERB")
                .actor("Beijing", "CHN", "CHNGOV").actor("Moscow", "RUS", "RUSGOV").actor("Kyiv", "UKR", "UKRGOV").build();
        assertThat(dyads(d)).containsExactly("CHN>RUS 020");
    }

    @Test
    void aHedgeInOneClauseDoesNotSilenceTheNext() {
        Document d = Fixture.of("en", "Macron reportedly met Xi, and Scholz visited Beijing.").published("2024-06-12")
                .lemma("met", "meet", "VERB").lemma("visited", "visit", "VERB")
                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV").actor("Scholz", "DEU", "DEUGOV")
                .actor("Beijing", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>CHN 042");
    }

    @Test
    void aFrenchHedgeInOneClauseDoesNotSilenceTheNext() {
        Document d = Fixture.of("fr", "Macron aurait rencontré Xi et Scholz a visité Pékin.").published("2024-06-12")
                .lemma("aurait", "avoir", "AUX").lemma("rencontré", "rencontrer", "VERB").lemma("a", "avoir", "AUX")
                .lemma("visité", "visiter", "VERB")
                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV").actor("Scholz", "DEU", "DEUGOV")
                .actor("Pékin", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>CHN 042");
    }

    @Test
    void aNegationInOneClauseDoesNotSilenceTheNext() {
        Document d = Fixture.of("es", "Irán no condenó a Rusia y Alemania criticó a Moscú.").published("2024-06-12")
                .lemma("no", "no", "ADV").lemma("condenó", "condenar", "VERB").lemma("criticó", "criticar", "VERB")
                .actor("Irán", "IRN", "IRN").actor("Rusia", "RUS", "RUS").actor("Alemania", "DEU", "DEU")
                .actor("Moscú", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>RUS 111");
    }

    @Test
    void aHedgeStillCoversAVerbCoordinatedWithoutItsOwnSubject() {
        Document d = Fixture.of("en", "Macron reportedly met Xi and visited Beijing.").published("2024-06-12")
                .lemma("met", "meet", "VERB").lemma("visited", "visit", "VERB")
                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV").actor("Beijing", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void aDecisionToExpelIsTheExpulsionItself() {
        Document d = Fixture.of("fr", "La Pologne a décidé d'expulser un diplomate russe.").published("2021-02-08")
                .lemma("expulser", "expulser", "VERB")
                .actor("Pologne", "POL", "POL").actor("russe", "RUS", "RUS").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.matches("POL>RUS 16\\d*"));
    }
}
