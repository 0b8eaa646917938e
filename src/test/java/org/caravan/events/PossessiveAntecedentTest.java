package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** Possessives before an event noun take the person antecedent, never the sentence's own object. */
class PossessiveAntecedentTest {

    @Test
    void takesAThingForItsNotThePersonNamedBefore() {
        Document d = Fixture.of("en", "Israel asked Guterres to condemn Iran for its attack on Israel.").published("2024-04-14")
                .lemma("attack", "attack", "NOUN").actor("Israel", "ISR", "ISR").actor("Guterres", "UN", "UNGOV")
                .actor("Iran", "IRN", "IRN").build();
        assertThat(dyads(d)).contains("IRN>ISR 190").doesNotContain("UN>ISR 190");
    }

    @Test
    void takesAPersonForHisNotTheCountryNamedBetween() {
        Document d = Fixture.of("en", "Tokayev told Turkey about his visit to China.").published("2024-06-12")
                .lemma("told", "tell", "VERB").lemma("visit", "visit", "NOUN")
                .actor("Tokayev", "KAZ", "KAZGOV").actor("Turkey", "TUR", "TUR").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).contains("KAZ>CHN 042").doesNotContain("TUR>CHN 042");
    }

    @Test
    void takesTheObjectOfTheClauseForAFrenchPossessiveWhenItIsNearest() {
        Document d = Fixture.of("fr", "Le dirigeant kazakh soutient Pékin dans son offensive contre Taïwan.").published("2024-06-12")
                .lemma("soutient", "soutenir", "VERB").lemma("offensive", "offensive", "NOUN")
                .actor("dirigeant kazakh", "KAZ", "KAZGOV").actor("Pékin", "CHN", "CHN").actor("Taïwan", "TWN", "TWN").build();
        assertThat(dyads(d)).doesNotContain("KAZ>TWN 190", "KAZ>CHN 190");
    }

    @Test
    void neverTakesTheEventsOwnTargetAsPossessorInRussianGermanAndSpanish() {
        assertThat(dyads(Fixture.of("ru", "Израиль обвинил Иран в его ударе по Израилю.").published("2024-04-14")
                .actor("Израиль", "ISR", "ISR").actor("Иран", "IRN", "IRN").actor("Израилю", "ISR", "ISR").build()))
                .contains("IRN>ISR 195");
        assertThat(dyads(Fixture.of("de", "Israel verurteilte Iran für seinen Luftangriff auf Israel.").published("2024-04-14")
                .actor("Israel", "ISR", "ISR").actor("Iran", "IRN", "IRN").build())).contains("IRN>ISR 195");
        assertThat(dyads(Fixture.of("es", "Israel condenó a Irán por su ataque contra Israel.").published("2024-04-14")
                .actor("Israel", "ISR", "ISR").actor("Irán", "IRN", "IRN").build())).contains("IRN>ISR 190");
    }
}
