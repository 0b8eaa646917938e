package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.util.List;
import java.util.stream.Stream;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How modality chooses the code: refusals and negated cooperation 12x, intended acts 03x (events/intent.tsv). Each
 * case is one sentence, named by the behaviour it shows.
 */
class ModalCodingTest {

    /** A case whose sentence gives exactly these dyads ("SRC>TGT CODE"), none for a sentence left uncoded. */
    private static Arguments exact(String behaviour, Fixture sentence, String... dyads) {
        return Arguments.of(behaviour, sentence, List.of(dyads));
    }

    /** A case whose sentence gives at least one dyad, each of them matching the pattern. */
    private static Arguments only(String behaviour, Fixture sentence, String pattern) {
        return Arguments.of(behaviour, sentence, pattern);
    }

    static Stream<Arguments> exactCodes() {
        return Stream.of(
                exact("codes a negated recognition as a rejection",
                        Fixture.of("en", "Colombia did not recognise Venezuela.").published("2024-06-12")
                                .lemma("recognise", "recognise", "VERB").actor("Colombia", "COL", "COL")
                                .actor("Venezuela", "VEN", "VEN"),
                        "COL>VEN 120"),
                exact("codes a french negated support as a rejection",
                        Fixture.of("fr", "La France ne soutient pas la Russie.").published("2024-06-12")
                                .lemma("soutient", "soutenir", "VERB").actor("France", "FRA", "FRA")
                                .actor("Russie", "RUS", "RUS"),
                        "FRA>RUS 120"),
                exact("leaves a negated condemnation uncoded",
                        Fixture.of("ru", "Пекин не осудил Москву.").published("2022-09-14")
                                .actor("Пекин", "CHN", "CHNGOV").actor("Москву", "RUS", "RUSGOV")),
                exact("codes a plan to visit as an intention to meet",
                        Fixture.of("en", "Putin plans to visit China.").published("2024-06-12")
                                .lemma("plans", "plan", "VERB").lemma("visit", "visit", "VERB")
                                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN"),
                        "RUS>CHN 036"),
                exact("codes a french plan to visit as an intention to meet",
                        Fixture.of("fr", "Poutine prévoit de visiter la Chine.").published("2024-06-12")
                                .lemma("visiter", "visiter", "VERB").actor("Poutine", "RUS", "RUSGOV")
                                .actor("Chine", "CHN", "CHN"),
                        "RUS>CHN 036"),
                exact("codes a spanish plan to visit as an intention to meet",
                        Fixture.of("es", "Putin planea visitar China.").published("2024-06-12")
                                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN"),
                        "RUS>CHN 036"),
                exact("codes a russian decision to meet as an intention to meet",
                        Fixture.of("ru", "Путин решил встречаться с Си.").published("2024-06-12")
                                .actor("Путин", "RUS", "RUSGOV").actor("Си", "CHN", "CHNGOV"),
                        "RUS>CHN 036"),
                exact("leaves a scheduled future visit uncoded",
                        Fixture.of("en", "Putin will visit China.").published("2024-06-12")
                                .lemma("visit", "visit", "VERB").actor("Putin", "RUS", "RUSGOV")
                                .actor("China", "CHN", "CHN")),
                exact("codes an appeal by the act it asks for",
                        Fixture.of("en", "The EU urged Belarus to release Protasevich.").published("2024-06-12")
                                .lemma("urged", "urge", "VERB").lemma("release", "release", "VERB")
                                .actor("EU", "EU", "EU").actor("Belarus", "BLR", "BLR"),
                        "EU>BLR 0253"),
                exact("codes a french appeal to negotiate as an appeal to meet",
                        Fixture.of("fr", "La France a appelé la Russie à négocier avec l'Ukraine.")
                                .published("2024-06-12")
                                .lemma("appelé", "appeler", "VERB").lemma("négocier", "négocier", "VERB")
                                .actor("France", "FRA", "FRA").actor("Russie", "RUS", "RUS")
                                .actor("Ukraine", "UKR", "UKR"),
                        "FRA>RUS 026"),
                exact("keeps the general appeal when the act asked for has no appeal code",
                        Fixture.of("en", "Beijing urged Moscow to attack Kyiv.").published("2023-11-09")
                                .lemma("urged", "urge", "VERB").lemma("attack", "attack", "VERB")
                                .actor("Beijing", "CHN", "CHNGOV").actor("Moscow", "RUS", "RUSGOV")
                                .actor("Kyiv", "UKR", "UKRGOV"),
                        "CHN>RUS 020"),
                exact("a hedge in one clause does not silence the next",
                        Fixture.of("en", "Macron reportedly met Xi, and Scholz visited Beijing.")
                                .published("2024-06-12")
                                .lemma("met", "meet", "VERB").lemma("visited", "visit", "VERB")
                                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV")
                                .actor("Scholz", "DEU", "DEUGOV").actor("Beijing", "CHN", "CHNGOV"),
                        "DEU>CHN 042"),
                exact("a french hedge in one clause does not silence the next",
                        Fixture.of("fr", "Macron aurait rencontré Xi et Scholz a visité Pékin.")
                                .published("2024-06-12")
                                .lemma("aurait", "avoir", "AUX").lemma("rencontré", "rencontrer", "VERB")
                                .lemma("a", "avoir", "AUX").lemma("visité", "visiter", "VERB")
                                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV")
                                .actor("Scholz", "DEU", "DEUGOV").actor("Pékin", "CHN", "CHNGOV"),
                        "DEU>CHN 042"),
                exact("a negation in one clause does not silence the next",
                        Fixture.of("es", "Irán no condenó a Rusia y Alemania criticó a Moscú.")
                                .published("2024-06-12")
                                .lemma("no", "no", "ADV").lemma("condenó", "condenar", "VERB")
                                .lemma("criticó", "criticar", "VERB").actor("Irán", "IRN", "IRN")
                                .actor("Rusia", "RUS", "RUS").actor("Alemania", "DEU", "DEU")
                                .actor("Moscú", "RUS", "RUSGOV"),
                        "DEU>RUS 111"),
                exact("a hedge still covers a verb coordinated without its own subject",
                        Fixture.of("en", "Macron reportedly met Xi and visited Beijing.").published("2024-06-12")
                                .lemma("met", "meet", "VERB").lemma("visited", "visit", "VERB")
                                .actor("Macron", "FRA", "FRAGOV").actor("Xi", "CHN", "CHNGOV")
                                .actor("Beijing", "CHN", "CHNGOV")),
                exact("codes an announced future release as an intention to release",
                        Fixture.of("en", "Israel announced it would free Palestinian prisoners.")
                                .published("2008-08-06")
                                .lemma("announced", "announce", "VERB").lemma("free", "free", "VERB")
                                .actor("Israel", "ISR", "ISR").actor("Palestinian", "PSE", "PSE"),
                        "ISR>PSE 0353"),
                exact("a future told without an announcement stays uncoded",
                        Fixture.of("en", "Israel would free Palestinian prisoners.").published("2008-08-06")
                                .lemma("free", "free", "VERB").actor("Israel", "ISR", "ISR")
                                .actor("Palestinian", "PSE", "PSE")),
                exact("codes aid said to be coming as a promise of aid",
                        Fixture.of("en", "Russia said it would send humanitarian aid to Syria.")
                                .published("2024-06-12")
                                .lemma("said", "say", "VERB").lemma("send", "send", "VERB")
                                .lemma("aid", "aid", "NOUN").actor("Russia", "RUS", "RUS")
                                .actor("Syria", "SYR", "SYR"),
                        "RUS>SYR 0333"),
                exact("a visit said to be coming stays uncoded",
                        Fixture.of("en", "Russia said Putin would visit China.").published("2024-06-12")
                                .lemma("said", "say", "VERB").lemma("visit", "visit", "VERB")
                                .actor("Russia", "RUS", "RUS").actor("Putin", "RUS", "RUSGOV")
                                .actor("China", "CHN", "CHN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactCodes")
    void codesExactly(String behaviour, Fixture sentence, List<String> expected) {
        assertThat(dyads(sentence.build())).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> codeFamilies() {
        return Stream.of(
                only("codes a russian refusal to meet as a rejected meeting",
                        Fixture.of("ru", "Иран отказался встречаться с Блинкеном.").published("2024-06-12")
                                .lemma("встречаться", "встречаться", "VERB").actor("Иран", "IRN", "IRN")
                                .actor("Блинкеном", "USA", "USAGOV"),
                        "IRN>USA 12\\d*"),
                only("codes a spanish refusal to sign as a rejected agreement",
                        Fixture.of("es", "Hungría se negó a firmar el acuerdo con Ucrania.").published("2024-06-12")
                                .actor("Hungría", "HUN", "HUN").actor("Ucrania", "UKR", "UKR"),
                        "HUN>UKR 12\\d*"),
                only("codes an agreement to sign as an intention not a signing",
                        Fixture.of("en", "Russia agreed to sign a treaty with Belarus.").published("2024-06-12")
                                .lemma("agreed", "agree", "VERB").lemma("sign", "sign", "VERB")
                                .actor("Russia", "RUS", "RUS").actor("Belarus", "BLR", "BLR"),
                        "RUS>BLR 030"),
                only("codes a german agreement to sign as an intention",
                        Fixture.of("de", "Russland vereinbarte mit Belarus, einen Vertrag zu unterzeichnen.")
                                .published("2024-06-12")
                                .actor("Russland", "RUS", "RUS").actor("Belarus", "BLR", "BLR"),
                        "RUS>BLR 030"),
                only("codes promised future aid as an intention to give aid",
                        Fixture.of("en", "China will provide humanitarian aid to Syria.").published("2024-06-12")
                                .lemma("provide", "provide", "VERB").lemma("aid", "aid", "NOUN")
                                .actor("China", "CHN", "CHN").actor("Syria", "SYR", "SYR"),
                        "CHN>SYR 033\\d*"),
                only("a decision to expel is the expulsion itself",
                        Fixture.of("fr", "La Pologne a décidé d'expulser un diplomate russe.").published("2021-02-08")
                                .lemma("expulser", "expulser", "VERB").actor("Pologne", "POL", "POL")
                                .actor("russe", "RUS", "RUS"),
                        "POL>RUS 16\\d*"),
                only("codes an expectation to sign as an intention not a signing",
                        Fixture.of("en", "Russia expects to sign a treaty with Belarus.").published("2024-06-12")
                                .lemma("expects", "expect", "VERB").lemma("sign", "sign", "VERB")
                                .actor("Russia", "RUS", "RUS").actor("Belarus", "BLR", "BLR"),
                        "RUS>BLR 030"),
                only("codes a spanish commitment to sign as an intention",
                        Fixture.of("es", "Rusia se comprometió a firmar un tratado con Bielorrusia.")
                                .published("2024-06-12")
                                .actor("Rusia", "RUS", "RUS").actor("Bielorrusia", "BLR", "BLR"),
                        "RUS>BLR 030"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeFamilies")
    void codesOnlyThatFamily(String behaviour, Fixture sentence, String pattern) {
        assertThat(dyads(sentence.build())).isNotEmpty().allMatch(x -> x.matches(pattern));
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
                .lemma("refused", "refuse", "VERB").lemma("meet", "meet", "VERB").actor("Iran", "IRN", "IRN")
                .actor("Blinken", "USA", "USAGOV").build();
        assertThat(dyads(d)).contains("IRN>USA 125").allMatch(x -> x.matches("IRN>USA 12\\d*"));
    }

    @Test
    void leavesARefusedCondemnationUncoded() {
        Document d = Fixture.of("en", "China refused to condemn Russia.").published("2024-06-12")
                .lemma("condemn", "condemn", "VERB").lemma("refused", "refuse", "VERB").actor("China", "CHN", "CHN")
                .actor("Russia", "RUS", "RUS").build();
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(" 111"));
    }

    @Test
    void theAdjectivePlannedMakesNoIntention() {
        Document d = Fixture.of("en", "The planned visit of Putin to China was cancelled.").published("2024-06-12")
                .lemma("planned", "planned", "ADJ").lemma("visit", "visit", "NOUN").actor("Putin", "RUS", "RUSGOV")
                .actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(" 036"));
    }
}
