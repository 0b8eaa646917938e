package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner(Datelines.load());

    @Test
    void keepsAnArticleThatStartsWithProseAndHasNoHeadline() {
        String text = "Die Regierung hat am Montag neue Gespräche mit der Opposition angekündigt, sagte ein Sprecher.\n\n"
                + "Die Gespräche sollen nächste Woche in Berlin beginnen und mehrere Tage dauern.\n\n"
                + "„Wir sind zu Kompromissen bereit“, sagte der Sprecher der Regierung den Journalisten.“";
        Cleaned c = cleaner.clean(text);
        assertThat(c.title()).isEmpty();
        assertThat(c.text()).startsWith("Die Regierung").endsWith("den Journalisten.“");
        assertThat(c.text().split("\n\n")).hasSize(3);
    }

    @Test
    void numberedSectionsWithLongParagraphsAreNotAListing() {
        StringBuilder sb = new StringBuilder("Four points of the new agreement on trade\n\n");
        for (int i = 0; i < 3; i++) {
            sb.append("The ministers of both countries signed the agreement on Friday after months of talks.\n\n");
        }
        for (int i = 1; i <= 4; i++) {
            sb.append(i).append(".\n\n")
                    .append("The parties agreed on point ").append(i)
                    .append(", which covers tariffs, quotas and the rules of origin for goods crossing the border every day.\n\n");
        }
        Cleaned c = cleaner.clean(sb.toString());
        assertThat(c.text()).contains("point 4, which covers");
    }

    @Test
    void interviewQuestionsDoNotCutTheText() {
        String text = "An interview with the minister about the summit\n\n"
                + "Q:\n\nWhat did you expect from the summit in the capital this week?\n\n"
                + "A:\n\nWe expected an agreement on energy, and we got one after long talks.\n\n"
                + "Q:\n\nWill the talks continue next month with the other neighbours?\n\n"
                + "A:\n\nYes, the next round will take place in the spring, as agreed today.\n\n"
                + "Q:\n\nThank you.";
        Cleaned c = cleaner.clean(text);
        assertThat(c.text()).contains("the next round will take place in the spring");
        assertThat(c.title()).contains("An interview with the minister about the summit");
    }

    @Test
    void headlineAfterMoreThanOneProseLineIsNotTakenForTheTitle() {
        String text = "The president arrived in the capital on Monday for a two-day visit, officials said.\n\n"
                + "He was received by the prime minister at the airport and went on to the palace.\n\n"
                + "Talks on energy and trade\n\n"
                + "The two leaders discussed energy supplies and trade over a working lunch at the palace.";
        assertThat(cleaner.clean(text).title()).isEmpty();
    }

    @Test
    void tickerOfTimedHeadlinesIsCutEvenWhenItsHeadlinesEndWithAFullStop() {
        StringBuilder sb = new StringBuilder("Ministers agree on a new border crossing\n\n");
        for (int i = 0; i < 4; i++) {
            sb.append("The ministers of both countries agreed on Monday to open a new crossing in the north.\n\n");
        }
        sb.append("Latest\n\n");
        for (int i = 0; i < 4; i++) {
            sb.append("1").append(i).append(":3").append(i).append("\nWorld\n\n")
                    .append("Storm leaves thousands without power in the south of the country.\n\n");
        }
        Cleaned c = cleaner.clean(sb.toString());
        assertThat(c.text()).doesNotContain("Storm", "Latest", "World").endsWith("crossing in the north.");
    }

    @Test
    void liveBlogEntriesUnderTimeStampsAreKept() {
        StringBuilder sb = new StringBuilder("Live: the summit in the capital\n\n");
        sb.append("Leaders from twelve countries meet today in the capital for a summit on energy and security.\n\n");
        for (int i = 0; i < 4; i++) {
            sb.append("1").append(i).append(":00\n\n").append("The delegation of country ").append(i)
                    .append(" arrived at the palace, where the host greeted its leader before a first round of talks")
                    .append(" on gas supplies, the new pipeline and the security of the border region.\n\n");
        }
        assertThat(cleaner.clean(sb.toString()).text()).contains("The delegation of country 3 arrived");
    }

    @Test
    void hardWrappedParagraphsAreJoinedAndKeptWhole() {
        String text = "Talks on the border resume\n\n"
                + "The foreign ministers of the two countries met\n"
                + "in the capital on Monday to resume talks on the\n"
                + "disputed border, officials said.\n\n"
                + "Both sides described the meeting as constructive\n"
                + "and agreed to meet again.\n";
        Cleaned c = cleaner.clean(text);
        assertThat(c.text()).isEqualTo("Talks on the border resume\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday to resume talks on the"
                + " disputed border, officials said.\n\nBoth sides described the meeting as constructive and agreed"
                + " to meet again.");
    }

    @Test
    void standfirstWithoutFullStopIsKeptButMenuAndBylineAreNot() {
        String text = "Home World Europe Politics Business Sport Culture\n\n"
                + "Talks on the border resume in the capital\n\n"
                + "The ministers want to settle the dispute before the winter, and both sides sound hopeful\n\n"
                + "By John Smith\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
        Cleaned c = cleaner.clean(text);
        assertThat(c.text()).contains("The ministers want to settle the dispute")
                .doesNotContain("Home World", "By John Smith");
    }

    @Test
    void emptyAndBlankTextGiveEmptyText() {
        assertThat(cleaner.clean("").text()).isEmpty();
        assertThat(cleaner.clean(" \n\n \t\n").text()).isEmpty();
    }

    @Test
    void keepsTheLastParagraphOfAnExcerptCutInMidSentence() {
        String text = "Talks on the border resume in the capital\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.\n\n"
                + "Both sides agreed to meet again in the spring and to reopen the two crossings that were clo";
        Cleaned c = cleaner.clean(text);
        assertThat(c.text()).endsWith("to reopen the two crossings that were clo");
    }

    @Test
    void stillDropsShortTrailingFurnitureAfterTheLastProseLine() {
        String text = "Talks on the border resume in the capital\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.\n\n"
                + "Share this article";
        assertThat(cleaner.clean(text).text()).doesNotContain("Share this");
    }

    @Test
    void aCreditBylineUrlOrSourceLineIsNeverTheTitle() {
        for (String furniture : List.of("Photo: John Smith for the agency", "REUTERS/Kevin Lamarque in the capital",
                "By Lee Haye-ah and the desk", "https://www.example.com/world/talks-resume", "www.example.com news",
                "Source: the foreign ministry of the country", "Quelle: dpa und eigene Recherchen heute",
                "Фото: пресс-служба президента страны", "Fuente: agencias y redacción del diario")) {
            String text = furniture + "\n\nTalks on the border resume in the capital\n\n"
                    + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
            assertThat(cleaner.clean(text).title()).as(furniture).contains("Talks on the border resume in the capital");
        }
    }

    @Test
    void anUnfinishedPhraseEndingWithAPrepositionOrArticleIsNotTheTitle() {
        for (String furniture : List.of("The story appears on", "Continue reading the main story at the",
                "Lire la suite de", "Weiterlesen auf der", "Publicado originalmente en el", "Читайте полностью на")) {
            String text = furniture + "\n\nPage A9\n\nTalks on the border resume in the capital\n\n"
                    + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
            assertThat(cleaner.clean(text).title()).as(furniture).contains("Talks on the border resume in the capital");
        }
    }

    @Test
    void aDateAloneIsNotTheTitle() {
        String text = "date 2023-04-14\n\nTalks on the border resume in the capital\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
        assertThat(cleaner.clean(text).title()).contains("Talks on the border resume in the capital");
    }

    @Test
    void theHeadlineGivenTwiceIsKeptOnce() {
        String text = "Talks resume in the capital\n\nTalks resume in the capital\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
        Cleaned c = cleaner.clean(text);
        assertThat(c.text().split("Talks resume in the capital", -1)).hasSize(2);
    }

    @Test
    void aHeadlineThatNamesItsSiteIsStillTheTitle() {
        String text = "Leaders meet in the capital on trade Rédigé par example.net le Dimanche\n\n"
                + "The foreign ministers of the two countries met in the capital on Monday, officials said.";
        assertThat(cleaner.clean(text).title()).contains("Leaders meet in the capital on trade Rédigé par example.net le Dimanche");
    }
}
