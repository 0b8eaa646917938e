package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.util.List;
import java.util.Random;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

/** Event nouns: agent from the possessor or agent phrase, partner from with/between, destination; invitations. */
class NominalFramesTest {

    @Test
    void takesTheEnglishVisitorFromTheOfPhraseAndTheCountryFromTheDestination() {
        Document d = Fixture.of("en", "The visit of Erdogan to Kazakhstan lasted two days.").published("2024-06-12")
                .lemma("visit", "visit", "NOUN")
                .actor("Erdogan", "TUR", "TURGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        assertThat(dyads(d)).containsExactly("TUR>KAZ 042");
    }

    @Test
    void takesTheFrenchVisitorFromTheDePhraseAfterTheDestination() {
        Document d = Fixture.of("fr", "La visite à Astana du président turc a duré deux jours.").published("2024-06-12")
                .actor("président turc", "TUR", "TURGOV").place("Astana", "Astana", "KAZ").build();
        assertThat(dyads(d)).containsExactly("TUR>KAZ 042");
    }

    @Test
    void takesTheRussianVisitorFromTheGenitiveNotFromTheSpeaker() {
        Document d = Fixture.of("ru", "Эрдоган рассказал о визите Путина в Казахстан.").published("2024-06-12")
                .actor("Эрдоган", "TUR", "TURGOV").actor("Путина", "RUS", "RUSGOV").actor("Казахстан", "KAZ", "KAZ").build();
        assertThat(dyads(d)).containsExactly("RUS>KAZ 042");
    }

    @Test
    void takesTheGermanTravellerFromTheVonPhraseOfAnEventNoun() {
        Document d = Fixture.of("de", "Die Reise von Scholz nach China dauerte drei Tage.").published("2024-06-12")
                .actor("Scholz", "DEU", "DEUGOV").actor("China", "CHN", "CHN").build();
        assertThat(dyads(d)).containsExactly("DEU>CHN 042");
    }

    @Test
    void takesTheSpanishVisitorFromTheDelPhraseNotFromTheSubjectOfTheClause() {
        Document d = Fixture.of("es", "Sánchez habló de la visita del presidente chino a Madrid.").published("2024-06-12")
                .actor("Sánchez", "ESP", "ESPGOV").actor("presidente chino", "CHN", "CHNGOV")
                .place("Madrid", "Madrid", "ESP").build();
        assertThat(dyads(d)).containsExactly("CHN>ESP 042");
    }

    @Test
    void takesThePartnerOfTalksFromTheWithPhraseInEveryLanguage() {
        assertThat(dyads(Fixture.of("en", "The talks of Erdogan with Putin lasted three hours.").published("2024-06-12")
                .actor("Erdogan", "TUR", "TURGOV").actor("Putin", "RUS", "RUSGOV").build())).containsExactly("TUR>RUS 046");
        assertThat(dyads(Fixture.of("ru", "Переговоры Эрдогана с Путиным продлились три часа.").published("2024-06-12")
                .actor("Эрдогана", "TUR", "TURGOV").actor("Путиным", "RUS", "RUSGOV").build())).containsExactly("TUR>RUS 046");
        assertThat(dyads(Fixture.of("de", "Das Gespräch von Erdogan mit Putin dauerte drei Stunden.").published("2024-06-12")
                .actor("Erdogan", "TUR", "TURGOV").actor("Putin", "RUS", "RUSGOV").build())).containsExactly("TUR>RUS 040");
    }

    @Test
    void takesThePartnerOfAPhoneCallInAnAdjunctFromTheObjectOfTheVerb() {
        Document d = Fixture.of("en", "Jaishankar told his counterpart Wang Yi in a phone conversation that the clash was planned.")
                .published("2020-06-17").lemma("told", "tell", "VERB").actor("Jaishankar", "IND", "INDGOV")
                .actor("counterpart Wang Yi", "CHN", "CHNGOV").build();
        assertThat(dyads(d)).contains("IND>CHN 041");
    }

    @Test
    void codesTheInvitationByTheInviterAndTheVisitInEnglish() {
        Document d = Fixture.of("en", "At the invitation of his counterpart Macron, Tokayev held talks in Paris.")
                .published("2024-06-12").lemma("held", "hold", "VERB").lemma("talks", "talks", "NOUN")
                .actor("counterpart Macron", "FRA", "FRAGOV").actor("Tokayev", "KAZ", "KAZGOV")
                .place("Paris", "Paris", "FRA").build();
        assertThat(dyads(d)).contains("FRA>KAZ 036", "KAZ>FRA 042");
    }

    @Test
    void codesTheInvitationByTheInviterWhenTheFrameFollowsTheClause() {
        Document d = Fixture.of("fr", "Tokaïev est arrivé à Paris à l'invitation de son homologue Emmanuel Macron.")
                .published("2024-06-12").actor("Tokaïev", "KAZ", "KAZGOV").actor("homologue Emmanuel Macron", "FRA", "FRAGOV")
                .place("Paris", "Paris", "FRA").build();
        assertThat(dyads(d)).contains("FRA>KAZ 036", "KAZ>FRA 042");
    }

    @Test
    void codesTheInvitationByTheInviterInRussianGermanAndSpanish() {
        assertThat(dyads(Fixture.of("ru", "По приглашению президента России Токаев прибыл в Москву.").published("2024-06-12")
                .actor("президента России", "RUS", "RUSGOV").actor("Токаев", "KAZ", "KAZGOV")
                .place("Москву", "Moscow", "RUS").build())).contains("RUS>KAZ 036", "KAZ>RUS 042");
        assertThat(dyads(Fixture.of("de", "Auf Einladung von Kanzler Scholz reiste Tokajew nach Berlin.").published("2024-06-12")
                .actor("Kanzler Scholz", "DEU", "DEUGOV").actor("Tokajew", "KAZ", "KAZGOV")
                .place("Berlin", "Berlin", "DEU").build())).contains("DEU>KAZ 036", "KAZ>DEU 042");
        assertThat(dyads(Fixture.of("es", "Por invitación de su homólogo Sánchez, Tokáyev llegó a Madrid.").published("2024-06-12")
                .actor("homólogo Sánchez", "ESP", "ESPGOV").actor("Tokáyev", "KAZ", "KAZGOV")
                .place("Madrid", "Madrid", "ESP").build())).contains("ESP>KAZ 036", "KAZ>ESP 042");
    }

    @Test
    void codesTheVisitThatAnInvitationTellsWhenNoOtherTriggerDoes() {
        Document d = Fixture.of("en", "Tokayev is in Paris at the invitation of Macron.").published("2024-06-12")
                .actor("Tokayev", "KAZ", "KAZGOV").actor("Macron", "FRA", "FRAGOV").place("Paris", "Paris", "FRA").build();
        assertThat(dyads(d)).containsExactlyInAnyOrder("FRA>KAZ 036", "KAZ>FRA 042");
    }

    @Test
    void leavesAnEmptySentenceAndRandomWordsUncoded() {
        assertThat(dyads(Fixture.of("en", "").published("2024-06-12").build())).isEmpty();
        Random r = new Random(9);
        String[] words = {"visit", "of", "at", "invitation", "talks", "with", "to", "the", "по", "приглашению", "visite", "de"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        for (String lang : List.of("en", "fr", "ru", "de", "es")) {
            assertThat(dyads(Fixture.of(lang, sb.toString()).published("2024-06-12").build())).isEmpty();
        }
    }
}
