package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** Passives swap the roles in every language: the agent is the source, the subject the target. */
class PassiveRolesTest {

    @Test
    void swapsTheRolesOfAnEnglishPassiveWithBy() {
        Document d = Fixture.of("en", "Tokayev was received by Macron at the Elysee.").published("2024-06-12")
                .lemma("received", "receive", "VERB").actor("Tokayev", "KAZ", "KAZGOV").actor("Macron", "FRA", "FRAGOV").build();
        assertThat(dyads(d)).containsExactly("FRA>KAZ 043");
    }

    @Test
    void swapsTheRolesOfAFrenchPassiveWithPar() {
        Document d = Fixture.of("fr", "Tokaïev a été reçu par Macron à l'Élysée.").published("2024-06-12")
                .lemma("reçu", "recevoir", "VERB").actor("Tokaïev", "KAZ", "KAZGOV").actor("Macron", "FRA", "FRAGOV").build();
        assertThat(dyads(d)).containsExactly("FRA>KAZ 043");
    }

    @Test
    void swapsTheRolesOfASpanishPassiveWithPor() {
        Document d = Fixture.of("es", "Tokáyev fue recibido por Sánchez en la Moncloa.").published("2024-06-12")
                .actor("Tokáyev", "KAZ", "KAZGOV").actor("Sánchez", "ESP", "ESPGOV").build();
        assertThat(dyads(d)).containsExactly("ESP>KAZ 043");
    }

    @Test
    void swapsTheRolesOfAGermanVerbFinalPassiveWithTheAgentBeforeTheParticiple() {
        Document d = Fixture.of("de", "Tokajew wurde am Montag von Scholz in Berlin empfangen.").published("2024-06-12")
                .actor("Tokajew", "KAZ", "KAZGOV").actor("Scholz", "DEU", "DEUGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>KAZ 043");
    }

    @Test
    void readsTheGermanPastPassiveAuxiliaryAsNoFuture() {
        Document d = Fixture.of("de", "Tokajew wurde am Montag von Scholz empfangen.").published("2024-06-12")
                .lemma("wurde", "werden", "AUX").lemma("empfangen", "empfangen", "VERB")
                .actor("Tokajew", "KAZ", "KAZGOV").actor("Scholz", "DEU", "DEUGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>KAZ 043");
    }

    @Test
    void swapsTheRolesOfAGermanPerfectPassiveWithWorden() {
        Document d = Fixture.of("de", "Tokajew ist von Scholz in Berlin empfangen worden.").published("2024-06-12")
                .actor("Tokajew", "KAZ", "KAZGOV").actor("Scholz", "DEU", "DEUGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>KAZ 043");
    }

    @Test
    void takesTheRussianInstrumentalAsTheAgentOfAPassive() {
        Document d = Fixture.of("ru", "Токаев был принят Путиным в Кремле.").published("2024-06-12")
                .actor("Токаев", "KAZ", "KAZGOV").actor("Путиным", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 043");
    }

    @Test
    void keepsTheActiveRolesOfARussianVerbWithAnInstrumentalPartner() {
        Document d = Fixture.of("ru", "Путин встретился с Токаевым в Кремле.").published("2024-06-12")
                .actor("Путин", "RUS", "RUSGOV").actor("Токаевым", "KAZ", "KAZGOV").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 040");
    }

    @Test
    void keepsTheActiveRolesOfAGermanVerbFinalClauseWithoutAnAgent() {
        Document d = Fixture.of("de", "Scholz hat Tokajew in Berlin empfangen.").published("2024-06-12")
                .actor("Tokajew", "KAZ", "KAZGOV").actor("Scholz", "DEU", "DEUGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>KAZ 043");
    }

    @Test
    void takesTheCountryOfThePlaceAsHostOfAPassiveWelcomeWithoutAgent() {
        assertThat(dyads(Fixture.of("en", "Lula was greeted with full honours in Beijing.").published("2023-04-14")
                .lemma("was", "be", "AUX").lemma("greeted", "greet", "VERB").actor("Lula", "BRA", "BRAGOV")
                .place("Beijing", "Beijing", "CHN").build())).containsExactly("CHN>BRA 043");
        assertThat(dyads(Fixture.of("de", "Mit Ehren ist Kanzler Scholz in Peking empfangen worden.").published("2022-11-04")
                .actor("Kanzler Scholz", "DEU", "DEUGOV").place("Peking", "Beijing", "CHN").build()))
                .containsExactly("CHN>DEU 043");
        assertThat(dyads(Fixture.of("fr", "Sall a été accueilli à Paris.").published("2023-10-27")
                .lemma("accueilli", "accueillir", "VERB").actor("Sall", "SEN", "SENGOV")
                .place("Paris", "Paris", "FRA").build())).containsExactly("FRA>SEN 043");
    }

    @Test
    void keepsTheActiveReadingOfAnEnglishProgressive() {
        assertThat(dyads(Fixture.of("en", "Tokayev was visiting China.").published("2024-06-12")
                .lemma("was", "be", "AUX").lemma("visiting", "visit", "VERB").actor("Tokayev", "KAZ", "KAZGOV")
                .actor("China", "CHN", "CHN").build())).containsExactly("KAZ>CHN 042");
    }

    @Test
    void keepsTheActiveReadingOfAFrenchVerbWithEtre() {
        assertThat(dyads(Fixture.of("fr", "Tokaïev est arrivé à Paris.").published("2024-06-12")
                .lemma("arrivé", "arriver", "VERB").actor("Tokaïev", "KAZ", "KAZGOV")
                .place("Paris", "Paris", "FRA").build())).containsExactly("KAZ>FRA 042");
    }

    @Test
    void codesNothingForAnEmptyPassiveSentence() {
        assertThat(dyads(Fixture.of("ru", "Был принят.").published("2024-06-12").build())).isEmpty();
        assertThat(dyads(Fixture.of("de", "wurde von empfangen worden.").published("2024-06-12").build())).isEmpty();
    }
}
