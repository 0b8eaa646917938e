package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.util.List;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** German, Spanish and Russian: stems and word order, no lemmatizer, no parse. */
class EventCoderOtherLanguagesTest {

    @Test
    void codesAGermanVisitFromAnInflectedStem() {
        Document d = Fixture.of("de", "Putin besuchte am Mittwoch China.").published("2024-05-16")
                .actor("Putin", "RUS", "RUSGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("RUS>CHN 042");
    }

    @Test
    void takesTheGermanSubjectBeforeThePerfectAuxiliaryAndTheObjectsBeforeTheParticiple() {
        Document d = Fixture.of("de", "Scholz hat am Freitag die Staatschefs Kasachstans und Usbekistans empfangen.")
                .published("2023-09-30").actor("Scholz", "DEU", "DEUGOV").actor("Kasachstans", "KAZ", "KAZ")
                .actor("Usbekistans", "UZB", "UZB").build();
        assertThat(dyads(d)).containsExactlyInAnyOrder("DEU>KAZ 043", "DEU>UZB 043");
    }

    @Test
    void takesTheGermanSubjectAfterTheFiniteVerbWhenAnAdverbialOpensTheClause() {
        Document d = Fixture.of("de", "Am Freitag empfing Scholz Tokajew im Kanzleramt.").published("2023-09-30")
                .actor("Scholz", "DEU", "DEUGOV").actor("Tokajew", "KAZ", "KAZGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>KAZ 043");
    }

    @Test
    void completesAGermanSeparableVerbWithTheParticleThatClosesTheClause() {
        Document d = Fixture.of("de", "Minsk wies die Entscheidung der EU zurück.").published("2021-06-25")
                .lemma("wies", "weisen", "X").actor("Minsk", "BLR", "BLRGOV").actor("EU", "EU", "IGOEUREEC").build();
        assertThat(dyads(d)).containsExactly("BLR>EU 120");
    }

    @Test
    void takesAnArrivalNotAMeetingForTrafEin() {
        Document d = Fixture.of("de", "Scholz traf am Freitag in China ein.").published("2022-11-04")
                .lemma("traf", "treffen", "X").actor("Scholz", "DEU", "DEUGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("DEU>CHN 042");
    }

    @Test
    void takesTheEarlierSubjectForAGermanVerbConjoinedAfterUnd() {
        Document d = Fixture.of("de", "Minsk wies die Entscheidung als Wirtschaftskrieg zurück und drohte der EU mit Gegenmaßnahmen.")
                .published("2021-06-25").lemma("wies", "weisen", "X").actor("Minsk", "BLR", "BLRGOV").actor("EU", "EU", "IGOEUREEC").build();
        assertThat(dyads(d)).contains("BLR>EU 130");
    }

    @Test
    void takesTheResolvedGermanPronounAfterTheVerbAsSubject() {
        Document d = Fixture.of("de", "Am Samstag traf er den iranischen Präsidenten.").published("2024-05-20")
                .actor("er", "DEU", "DEUGOV").actor("iranischen Präsidenten", "IRN", "IRNGOV").build();
        assertThat(dyads(d)).containsExactly("DEU>IRN 040");
    }

    @Test
    void takesTheEarlierSubjectForAnUnresolvedGermanPronounAfterTheVerb() {
        Document d = Fixture.of("de", "Grossi reiste nach Teheran. Am Samstag traf er den iranischen Präsidenten.")
                .published("2023-03-05").actor("Grossi", "IAEA", "IGOUNOIAEA")
                .actor("iranischen Präsidenten", "IRN", "IRNGOV").place("Teheran", "Tehran", "IRN").build();
        assertThat(dyads(d)).contains("IAEA>IRN 040");
    }

    @Test
    void codesARussianMeetingWithAPartnerAfterTheWithPreposition() {
        Document d = Fixture.of("ru", "Путин встретился с Токаевым в Астане.").published("2024-07-03")
                .actor("Путин", "RUS", "RUSGOV").actor("Токаевым", "KAZ", "KAZGOV").place("Астане", "Astana", "KAZ")
                .build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 040");
    }

    @Test
    void doesNotCodeARussianNegatedCriticism() {
        Document d = Fixture.of("ru", "Пекин не осудил Москву.").published("2022-09-14")
                .actor("Пекин", "CHN", "CHNGOV").actor("Москву", "RUS", "RUSGOV").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void codesASpanishSanctionWithItsTargetAfterContra() {
        Document d = Fixture.of("es", "La Unión Europea impuso sanciones contra Rusia.").published("2022-03-01")
                .actor("Unión Europea", "EU", "EU").actor("Rusia", "RUS", "RUS").build();
        assertThat(dyads(d)).containsExactly("EU>RUS 163");
    }

    @Test
    void triesEnglishOnAnEnglishCaptionInAFrenchArticle() {
        Document d = Fixture.of("fr", "Vladimir Putin arrives at the airport in Astana.").published("2024-07-03")
                .lemma("arrives", "arrive", "VERB")
                .actor("Vladimir Putin", "RUS", "RUSGOV").place("Astana", "Astana", "KAZ").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 042");
    }

    @Test
    void givesAConjoinedVerbTheSubjectOfTheVerbBefore() {
        Document d = Fixture.of("de", "Scholz besuchte China und traf Xi in Peking.").published("2023-04-04")
                .actor("Scholz", "DEU", "DEUGOV").actor("China", "CHN", "CHN").actor("Xi", "CHN", "CHNGOV")
                .place("Peking", "Beijing", "CHN").build();
        assertThat(dyads(d)).containsExactly("DEU>CHN 042", "DEU>CHN 040");
    }

    @Test
    void readsACountryNamedLikeAFutureAuxiliaryAsAnActorNotAsFuture() {
        Document d = Fixture.of("es", "Irán condenó el ataque de Israel.").published("2024-04-02")
                .actor("Irán", "IRN", "IRNGOV").actor("Israel", "ISR", "ISR").build();
        assertThat(dyads(d)).containsExactly("IRN>ISR 111");
    }

    @Test
    void findsAGermanTargetAfterAPrepositionAndItsArticle() {
        Document d = Fixture.of("de", "Frankreich liefert Waffen an die Ukraine.").published("2024-04-02")
                .actor("Frankreich", "FRA", "FRA").actor("Ukraine", "UKR", "UKR").build();
        assertThat(dyads(d)).containsExactly("FRA>UKR 072");
    }

    @Test
    void keepsATargetPastAConjoinedVerbForThatVerbOnly() {
        Document d = Fixture.of("es", "Francia agradeció a Alemania su apoyo y criticó a Hungría.").published("2024-04-02")
                .actor("Francia", "FRA", "FRA").actor("Alemania", "DEU", "DEU").actor("Hungría", "HUN", "HUN").build();
        assertThat(dyads(d)).containsExactlyInAnyOrder("FRA>DEU 051", "FRA>HUN 111");
    }

    @Test
    void leavesATimeAfterALaterEventAndACommaToThatEvent() {
        Document d = Fixture.of("ru", "Пекин осудил санкции США, введенные во вторник.").published("2024-05-16")
                .actor("Пекин", "CHN", "CHNGOV").actor("США", "USA", "USA").time("во вторник", "2024-05-14").build();
        List<String> dated = EventCoder.standard().code(d).events().stream()
                .map(e -> e.cameo() + " " + e.date().map(Object::toString).orElse("-")).toList();
        assertThat(dated).containsExactly("111 2024-05-16 (day)");
    }
}
