package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** Possessives before an event noun take the person antecedent, never the sentence's own object. */
class PossessiveAntecedentTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream()
                .map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " " + e.cameo()).toList();
    }

    @Test
    void takesTheSubjectNotTheObjectForAPossessiveInEnglish() {
        Document d = Fixture.of("en", "Erdogan thanked Tokayev for his visit to Moscow.").published("2024-06-12")
                .lemma("thanked", "thank", "VERB").lemma("visit", "visit", "NOUN")
                .actor("Erdogan", "TUR", "TURGOV").actor("Tokayev", "KAZ", "KAZGOV").place("Moscow", "Moscow", "RUS").build();
        assertThat(dyads(d)).contains("TUR>RUS 042").doesNotContain("KAZ>RUS 042");
    }

    @Test
    void prefersThePersonToTheCountryForAPossessiveInFrench() {
        Document d = Fixture.of("fr", "Le président turc, selon la Russie, a confirmé sa visite en Chine.").published("2024-06-12")
                .lemma("confirmé", "confirmer", "VERB").lemma("visite", "visite", "NOUN")
                .actor("président turc", "TUR", "TURGOV").actor("Russie", "RUS", "RUS").actor("Chine", "CHN", "CHN").build();
        assertThat(dyads(d)).contains("TUR>CHN 042").doesNotContain("RUS>CHN 042");
    }

    @Test
    void takesThePersonForAPossessiveInRussianGermanAndSpanish() {
        assertThat(dyads(Fixture.of("ru", "Эрдоган, по данным России, завершил свой визит в Китай.").published("2024-06-12")
                .actor("Эрдоган", "TUR", "TURGOV").actor("России", "RUS", "RUS").actor("Китай", "CHN", "CHN").build()))
                .contains("TUR>CHN 042").doesNotContain("RUS>CHN 042");
        assertThat(dyads(Fixture.of("de", "Erdogan beendete laut Russland seinen Besuch in China.").published("2024-06-12")
                .actor("Erdogan", "TUR", "TURGOV").actor("Russland", "RUS", "RUS").actor("China", "CHN", "CHN").build()))
                .contains("TUR>CHN 042").doesNotContain("RUS>CHN 042");
        assertThat(dyads(Fixture.of("es", "Erdogan, según Rusia, terminó su visita a China.").published("2024-06-12")
                .actor("Erdogan", "TUR", "TURGOV").actor("Rusia", "RUS", "RUS").actor("China", "CHN", "CHN").build()))
                .contains("TUR>CHN 042").doesNotContain("RUS>CHN 042");
    }
}
