package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Acts asked for or decided through an infinitive: a noun act that is the infinitive's object, and Russian
 * infinitives known by their ending (grammar.tsv INFINITIVE_SUFFIX).
 */
class RequestedAndDecidedActsTest {

    private static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream()
                .map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " " + e.cameo()).toList();
    }

    @Test
    void codesAFrenchAppealToResumeTalksAsACallToNegotiate() {
        Document d = Fixture.of("fr", "La Chine a appelé la Russie à reprendre les négociations.").published("2024-06-12")
                .lemma("appelé", "appeler", "VERB").lemma("reprendre", "reprendre", "VERB")
                .lemma("négociations", "négociation", "NOUN")
                .actor("Chine", "CHN", "CHN").actor("Russie", "RUS", "RUS").build();
        assertThat(dyads(d)).contains("CHN>RUS 026").noneMatch(x -> x.endsWith(" 046"));
    }

    @Test
    void codesARussianAppealToVisitAsACallToMeetAndNotAVisit() {
        Document d = Fixture.of("ru", "Лавров призвал Францию посетить Китай.").published("2024-06-12")
                .actor("Лавров", "RUS", "RUSGOV").actor("Францию", "FRA", "FRA").actor("Китай", "CHN", "CHN").build();
        assertThat(dyads(d)).contains("RUS>FRA 026").noneMatch(x -> x.endsWith(" 042"));
    }

    @Test
    void codesRussianExercisesAgreedThroughAnInfinitiveAsAnAgreement() {
        Document d = Fixture.of("ru", "Россия и Китай договорились провести совместные учения.").published("2024-06-12")
                .actor("Россия", "RUS", "RUS").actor("Китай", "CHN", "CHN").build();
        assertThat(dyads(d)).contains("RUS>CHN 0312").noneMatch(x -> x.endsWith(" 062"));
    }
}
