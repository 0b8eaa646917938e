package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.caravan.model.Document;
import org.caravan.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the coder codes in English sentences: one case a behaviour, its events as "SRC>TGT CODE DATE". */
class EventCoderEnglishTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream().map(e -> e.source().key().orElse("?") + ">"
                + e.target().key().orElse("?") + " " + e.cameo() + " " + e.date().map(PartialDate::iso).orElse("-"))
                .toList();
    }

    /** A case whose text gives exactly these events, in this order; none for a text left uncoded. */
    private static Arguments exact(String behaviour, Fixture text, String... events) {
        return Arguments.of(behaviour, text, List.of(events));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                exact("folds the headline telling into the body telling with its explicit date",
                        Fixture.of("en", "Germany condemns Iran. On Monday, Germany condemned Iran over the executions.")
                                .published("2024-03-13")
                                .lemma("condemns", "condemn", "VERB").lemma("condemned", "condemn", "VERB")
                                .actor("Germany", "DEU", "DEUGOV").actor("Iran", "IRN", "IRNGOV")
                                .time("Monday", "2024-03-11"),
                        "DEU>IRN 111 2024-03-11"),
                exact("codes a possessive nominal visit",
                        Fixture.of("en", "Putin's state visit to Kazakhstan began on Monday.").published("2023-11-09")
                                .lemma("began", "begin", "VERB").actor("Putin", "RUS", "RUSGOV")
                                .actor("Kazakhstan", "KAZ", "KAZ").time("Monday", "2023-11-06"),
                        "RUS>KAZ 042 2023-11-06"),
                exact("codes a passive welcome by the host",
                        Fixture.of("en", "Xi was welcomed by Tokayev in Astana.").published("2024-07-03")
                                .lemma("welcomed", "welcome", "VERB").actor("Xi", "CHN", "CHNGOV")
                                .actor("Tokayev", "KAZ", "KAZGOV").place("Astana", "Astana", "KAZ"),
                        "KAZ>CHN 043 2024-07-03"),
                exact("codes a meeting with a partner introduced by with",
                        Fixture.of("en", "Erdogan held talks with Mirziyoyev in Tashkent.").published("2023-11-09")
                                .lemma("held", "hold", "VERB").lemma("talks", "talks", "NOUN")
                                .actor("Erdogan", "TUR", "TURGOV").actor("Mirziyoyev", "UZB", "UZBGOV")
                                .place("Tashkent", "Tashkent", "UZB"),
                        "TUR>UZB 046 2023-11-09"),
                exact("does not code what will happen or did not happen",
                        Fixture.of("en", "Putin will visit China. Beijing did not condemn Moscow. Leaders are to sign a deal.")
                                .lemma("condemn", "condemn", "VERB").lemma("sign", "sign", "VERB")
                                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN")
                                .actor("Beijing", "CHN", "CHNGOV").actor("Moscow", "RUS", "RUSGOV")),
                exact("makes a star from coordinated visitors",
                        Fixture.of("en", "Turkey, Iran and Pakistan attended the summit in Tashkent.")
                                .published("2023-11-09")
                                .lemma("attended", "attend", "VERB").actor("Turkey", "TUR", "TUR")
                                .actor("Iran", "IRN", "IRN").actor("Pakistan", "PAK", "PAK")
                                .place("Tashkent", "Tashkent", "UZB"),
                        "TUR>UZB 042 2023-11-09", "IRN>UZB 042 2023-11-09", "PAK>UZB 042 2023-11-09"),
                exact("codes an offer as an intention to give aid",
                        Fixture.of("en", "Japan offered humanitarian aid to Turkey.").published("2023-02-07")
                                .lemma("offered", "offer", "VERB").lemma("aid", "aid", "NOUN")
                                .actor("Japan", "JPN", "JPN").actor("Turkey", "TUR", "TUR"),
                        "JPN>TUR 0333 2023-02-07"),
                exact("codes the appeal but not the act it asks for",
                        Fixture.of("en", "Beijing urged Moscow to attack Kyiv.").published("2023-11-09")
                                .lemma("urged", "urge", "VERB").lemma("attack", "attack", "VERB")
                                .actor("Beijing", "CHN", "CHNGOV").actor("Moscow", "RUS", "RUSGOV")
                                .actor("Kyiv", "UKR", "UKRGOV"),
                        "CHN>RUS 020 2023-11-09"),
                exact("codes news verbs of every kind",
                        Fixture.of("en", "Japan slapped sanctions on Russia. Turkey shot down a Russian jet.")
                                .published("2023-11-09")
                                .lemma("slapped", "slap", "VERB").lemma("sanctions", "sanction", "NOUN")
                                .lemma("shot", "shoot", "VERB").actor("Japan", "JPN", "JPN")
                                .actor("Russia", "RUS", "RUS").actor("Turkey", "TUR", "TUR")
                                .actor("Russian", "RUS", "RUSMIL"),
                        "JPN>RUS 163 2023-11-09", "TUR>RUS 190 2023-11-09"),
                exact("takes the owner of an object noun as target and places as targets of attacks",
                        Fixture.of("en", "Moscow denied the allegations by Kyiv. Russian forces shelled Kharkiv overnight.")
                                .published("2024-05-15")
                                .lemma("denied", "deny", "VERB").lemma("allegations", "allegation", "NOUN")
                                .lemma("shelled", "shell", "VERB").actor("Moscow", "RUS", "RUSGOV")
                                .actor("Kyiv", "UKR", "UKRGOV").actor("Russian forces", "RUS", "RUSMIL")
                                .place("Kharkiv", "Kharkiv", "UKR"),
                        "RUS>UKR 120 2024-05-15", "RUS>UKR 194 2024-05-15"),
                exact("an agent preposition inside the trigger is not a passive",
                        Fixture.of("en", "Putin spoke by phone with Tokayev.").published("2024-05-15")
                                .lemma("spoke", "speak", "VERB").actor("Putin", "RUS", "RUSGOV")
                                .actor("Tokayev", "KAZ", "KAZGOV"),
                        "RUS>KAZ 041 2024-05-15"),
                exact("takes the main subject for a trigger in a fronted adjunct",
                        Fixture.of("en", "During talks with Erdogan in Ankara, Scholz raised the issue.")
                                .published("2024-05-15")
                                .lemma("talks", "talk", "NOUN").lemma("raised", "raise", "VERB")
                                .actor("Erdogan", "TUR", "TURGOV").actor("Scholz", "DEU", "DEUGOV")
                                .place("Ankara", "Ankara", "TUR"),
                        "DEU>TUR 046 2024-05-15"),
                exact("codes announced aid as an intention",
                        Fixture.of("en", "The United States on Monday announced $300 million in military aid to Ukraine.")
                                .published("2024-05-15")
                                .lemma("announced", "announce", "VERB").lemma("aid", "aid", "NOUN")
                                .actor("United States", "USA", "USA").actor("Ukraine", "UKR", "UKR")
                                .time("Monday", "2024-05-13"),
                        "USA>UKR 0332 2024-05-13"),
                exact("takes an adjective actor before a modified noun as its possessor",
                        Fixture.of("en", "Two men were killed in Israeli tank shelling in the Gaza Strip.")
                                .published("2014-08-01")
                                .lemma("shelling", "shelling", "NOUN").lemma("tank", "tank", "NOUN")
                                .lemma("killed", "kill", "VERB").actor("Israeli", "ISR", "ISR")
                                .actor("Gaza Strip", "PSE", "PSE"),
                        "ISR>PSE 194 2014-08-01"),
                exact("welcoming a decision is praise not hosting",
                        Fixture.of("en", "China welcomed the decision of Kazakhstan. Tokayev welcomed Xi in Astana.")
                                .published("2024-05-15")
                                .lemma("welcomed", "welcome", "VERB").lemma("decision", "decision", "NOUN")
                                .actor("China", "CHN", "CHN").actor("Kazakhstan", "KAZ", "KAZ")
                                .actor("Tokayev", "KAZ", "KAZGOV").actor("Xi", "CHN", "CHNGOV")
                                .place("Astana", "Astana", "KAZ"),
                        "CHN>KAZ 051 2024-05-15", "KAZ>CHN 043 2024-05-15"),
                exact("codes the accusation but not the act it alleges",
                        Fixture.of("en", "The US claimed that ISIL had attacked Iraq.").published("2024-05-15")
                                .lemma("claimed", "claim", "VERB").lemma("attacked", "attack", "VERB")
                                .actor("US", "USA", "USA").actor("ISIL", "ISIS", "ISIS").actor("Iraq", "IRQ", "IRQ"),
                        "USA>ISIS 112 2024-05-15"),
                exact("a hyphen joins the pair of a symmetric noun",
                        Fixture.of("en", "US-China talks ended on Friday.").published("2024-05-15")
                                .lemma("talks", "talk", "NOUN").lemma("ended", "end", "VERB")
                                .actor("US", "USA", "USA").actor("China", "CHN", "CHN").time("Friday", "2024-05-10"),
                        "USA>CHN 046 2024-05-10"),
                exact("a reduced passive relative takes its noun not a far actor",
                        Fixture.of("en", "Interpol will help identify victims killed by the Malaysian crash.")
                                .published("2024-05-15")
                                .lemma("victims", "victim", "NOUN").lemma("killed", "kill", "VERB")
                                .lemma("crash", "crash", "NOUN").actor("Interpol", "INTERPOL", "INTERPOL")
                                .actor("Malaysian", "MYS", "MYS")),
                exact("the weekday of a statement does not date the act it reports",
                        Fixture.of("en", "Poland expelled a Russian diplomat, the ministry said Monday.")
                                .published("2024-05-15")
                                .lemma("expelled", "expel", "VERB").lemma("said", "say", "VERB")
                                .lemma("diplomat", "diplomat", "NOUN").actor("Poland", "POL", "POL")
                                .actor("Russian", "RUS", "RUS").time("Monday", "2024-05-13"),
                        "POL>RUS 166 2024-05-15"),
                exact("later is past narrative and next year does not date a done act",
                        Fixture.of("en", "Tokayev later praised China, and Xi invited Erdogan to a summit next year.")
                                .published("2024-05-15")
                                .lemma("praised", "praise", "VERB").lemma("invited", "invite", "VERB")
                                .actor("Tokayev", "KAZ", "KAZGOV").actor("China", "CHN", "CHN")
                                .actor("Xi", "CHN", "CHNGOV").actor("Erdogan", "TUR", "TURGOV")
                                .time("next year", "2025"),
                        "KAZ>CHN 051 2024-05-15", "CHN>TUR 036 2024-05-15"),
                exact("reads a gerund tagged as a verb after a noun as the noun trigger",
                        Fixture.of("en", "Civilians died in Russian artillery shelling of Kharkiv.")
                                .published("2024-05-16")
                                .lemma("artillery", "artillery", "NOUN").lemma("shelling", "shell", "VERB")
                                .actor("Russian", "RUS", "RUS").place("Kharkiv", "Kharkiv", "UKR"),
                        "RUS>UKR 194 2024-05-16"),
                exact("codes hours given to an ambassador to leave as an expulsion",
                        Fixture.of("en", "Mali gave the French ambassador 72 hours to leave the country.")
                                .published("2022-01-31")
                                .lemma("gave", "give", "VERB").lemma("hours", "hour", "NOUN")
                                .lemma("leave", "leave", "VERB").actor("Mali", "MLI", "MLIGOV")
                                .actor("French ambassador", "FRA", "FRAGOV"),
                        "MLI>FRA 161 2022-01-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void codesExactly(String behaviour, Fixture text, List<String> expected) {
        assertThat(dyads(text.build())).containsExactlyElementsOf(expected);
    }
}
