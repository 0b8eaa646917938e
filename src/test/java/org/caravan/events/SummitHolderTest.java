package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** Attending or hosting a summit links to the organisation or format that holds it. */
class SummitHolderTest {

    @Test
    void codesAttendingTheSummitOfAnOrganisationAsConsultingIt() {
        Document d = Fixture.of("en", "Tokayev attended the SCO summit on Thursday.").published("2024-07-04")
                .lemma("attended", "attend", "VERB").lemma("summit", "summit", "NOUN")
                .actor("Tokayev", "KAZ", "KAZGOV").actor("SCO", "SCO", "SCO").build();
        assertThat(dyads(d)).containsExactly("KAZ>SCO 040");
    }

    @Test
    void takesTheOrganisationAfterTheGenitiveOfTheSummitInFrench() {
        Document d = Fixture.of("fr", "Tokaïev a participé au sommet de l'OCS jeudi.").published("2024-07-04")
                .lemma("participé", "participer", "VERB").actor("Tokaïev", "KAZ", "KAZGOV").actor("OCS", "SCO", "SCO").build();
        assertThat(dyads(d)).containsExactly("KAZ>SCO 040");
    }

    @Test
    void takesTheOrganisationInTheGenitiveAfterTheRussianSummit() {
        Document d = Fixture.of("ru", "Токаев принял участие в саммите ШОС в Астане.").published("2024-07-04")
                .actor("Токаев", "KAZ", "KAZGOV").actor("ШОС", "SCO", "SCO").build();
        assertThat(dyads(d)).containsExactly("KAZ>SCO 040");
    }

    @Test
    void takesTheOrganisationOfTheGermanSummitWithASeparableVerb() {
        Document d = Fixture.of("de", "Scholz nahm am Gipfel der NATO teil.").published("2024-07-10")
                .actor("Scholz", "DEU", "DEUGOV").actor("NATO", "NATO", "NATO").build();
        assertThat(dyads(d)).containsExactly("DEU>NATO 040");
    }

    @Test
    void takesTheOrganisationOfTheSpanishSummit() {
        Document d = Fixture.of("es", "Sánchez asistió a la cumbre de la OTAN en Washington.").published("2024-07-10")
                .actor("Sánchez", "ESP", "ESPGOV").actor("OTAN", "NATO", "NATO").place("Washington", "Washington", "USA").build();
        assertThat(dyads(d)).contains("ESP>NATO 040");
    }

    @Test
    void codesHostingTheSummitAsReceivingTheOrganisation() {
        Document d = Fixture.of("en", "Kazakhstan hosted the SCO summit in Astana.").published("2024-07-04")
                .lemma("hosted", "host", "VERB").actor("Kazakhstan", "KAZ", "KAZ").actor("SCO", "SCO", "SCO")
                .place("Astana", "Astana", "KAZ").build();
        assertThat(dyads(d)).containsExactly("KAZ>SCO 043");
    }

    @Test
    void prefersTheHostCountryNamedAsPlaceToTheHolderOfTheSummit() {
        Document d = Fixture.of("fr", "Xi se trouve en Ouzbékistan pour participer au sommet de l'OCS.").published("2022-09-15")
                .lemma("participer", "participer", "VERB").actor("Xi", "CHN", "CHNGOV").actor("Ouzbékistan", "UZB", "UZB")
                .actor("OCS", "SCO", "SCO").build();
        assertThat(dyads(d)).contains("CHN>UZB 042").doesNotContain("CHN>SCO 040");
    }

    @Test
    void doesNotTakeTheHolderAsTargetOfAnArrivalAtTheSummit() {
        Document d = Fixture.of("fr", "Poutine arrive au sommet de l'OCS affaibli.").published("2022-09-15")
                .lemma("arrive", "arriver", "VERB").actor("Poutine", "RUS", "RUSGOV").actor("OCS", "SCO", "SCO").build();
        assertThat(dyads(d)).doesNotContain("RUS>SCO 040", "RUS>SCO 042");
    }

    @Test
    void keepsAVisitToAHostCountryAVisit() {
        Document d = Fixture.of("en", "Tokayev attended the summit in Russia.").published("2024-07-04")
                .lemma("attended", "attend", "VERB").actor("Tokayev", "KAZ", "KAZGOV").actor("Russia", "RUS", "RUS").build();
        assertThat(dyads(d)).containsExactly("KAZ>RUS 042");
    }
}
