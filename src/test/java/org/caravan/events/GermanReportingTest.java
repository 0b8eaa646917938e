package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** German news wording (issue 9): light verbs, expulsion formulas, attack nouns, verb-final modals, appeals. */
class GermanReportingTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream()
                .map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " " + e.cameo()).toList();
    }

    @Test
    void readsDronesAsAWeaponNotAThreat() {
        Document d = Fixture.of("de", "Israel hat Iran mit Drohnen angegriffen.").published("2025-06-13")
                .actor("Israel", "ISR", "ISR").actor("Iran", "IRN", "IRN").build();
        assertThat(dyads(d)).containsExactly("ISR>IRN 190");
    }

    @Test
    void takesTheInvadedCountryOfAnInvasionNoun() {
        Document d = Fixture.of("de", "Der Einmarsch Russlands in die Ukraine begann im Februar.").published("2022-03-01")
                .actor("Russlands", "RUS", "RUS").actor("Ukraine", "UKR", "UKR").build();
        assertThat(dyads(d)).contains("RUS>UKR 190");
    }

    @Test
    void codesKritikUebenAsCriticismOfTheActorAfterAn() {
        Document d = Fixture.of("de", "Die Bundesregierung übte scharfe Kritik an Russland.").published("2024-02-16")
                .actor("Bundesregierung", "DEU", "DEUGOV").actor("Russland", "RUS", "RUS").build();
        assertThat(dyads(d)).containsExactly("DEU>RUS 111");
    }

    @Test
    void codesAnOrderToLeaveTheCountryAsAnExpulsionNotAnAppeal() {
        Document d = Fixture.of("de", "Mali hat dänische Soldaten aufgefordert, das Land zu verlassen.")
                .published("2022-01-31").lemma("aufgefordert", "auffordern", "VERB").actor("Mali", "MLI", "MLI")
                .actor("dänische Soldaten", "DNK", "DNKMIL").build();
        assertThat(dyads(d)).containsExactly("MLI>DNK 161");
    }

    @Test
    void leavesTheProgrammeOfATripToldWithAClosingWillUncoded() {
        Document d = Fixture.of("de", "Am Abend reist Scholz weiter, wo Baerbock Wang Yi treffen will.")
                .published("2024-02-16").lemma("treffen", "treffen", "VERB").lemma("will", "wollen", "AUX")
                .actor("Baerbock", "DEU", "DEUGOV").actor("Wang Yi", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).doesNotContain("DEU>CHN 040", "DEU>CHN 036");
    }

    @Test
    void leavesAnActToldWithAClosingConditionalUncoded() {
        Document d = Fixture.of("de", "Parly sagte, dass Frankreich Mali unterstützen würde.")
                .published("2022-01-31").lemma("unterstützen", "unterstützen", "VERB").lemma("würde", "werden", "AUX")
                .actor("Parly", "FRA", "FRAGOV").actor("Frankreich", "FRA", "FRA").actor("Mali", "MLI", "MLI").build();
        assertThat(dyads(d)).isEmpty();
    }

    @Test
    void codesTheActAskedForAfterAuffordernAsTheAppealOnly() {
        Document d = Fixture.of("de", "Scholz forderte Putin auf, Kiew zu besuchen.").published("2024-02-16")
                .lemma("forderte", "fordern", "X").actor("Scholz", "DEU", "DEUGOV").actor("Putin", "RUS", "RUSGOV")
                .actor("Kiew", "UKR", "UKR").build();
        assertThat(dyads(d)).isNotEmpty().allMatch(x -> x.startsWith("DEU>RUS 02"));
    }
}
