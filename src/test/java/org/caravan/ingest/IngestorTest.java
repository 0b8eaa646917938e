package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Published;
import org.junit.jupiter.api.Test;

class IngestorTest {

    private static final Path PAGES = Path.of("src/test/resources/ingest/pages");
    private static final Path SEEDS = Path.of("examples/seeds");
    private final Ingestor ingestor = new Ingestor();

    private Document page(String name) throws IOException {
        String content = Files.readString(PAGES.resolve(name));
        RawDocument.Format f = name.endsWith(".html") ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        return ingestor.ingest(new RawDocument(name, name, f, content, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static String published(Document d) {
        return d.metadata().published().map(p -> p.date().toString() + " " + p.origin().label()).orElse("unknown");
    }

    @Test
    void textCleanerCutsATickerOfHeadlinesAfterTheArticle() throws IOException {
        Document d = page("ticker.txt");
        assertThat(d.text()).startsWith("Ministers agree on a new border crossing\n\nThe foreign ministers")
                .endsWith("sharing of revenue.")
                .doesNotContain("Print this page", "Latest news", "09:31", "Inflation slows", "Home > World");
        assertThat(d.metadata().title()).contains("Ministers agree on a new border crossing");
        assertThat(published(d)).isEqualTo("2021-05-03 (day) dateline");
    }

    @Test
    void textCleanerDropsNewsletterBoxAndRepeatedPhotoCredits() throws IOException {
        Document d = page("newsletter.txt");
        assertThat(d.text()).contains("The opposition voted against the text", "below three percent of output next year.")
                .doesNotContain("Newsletter", "Subscribe", "Photo: Agency pictures");
        assertThat(d.text().split("\n\n")).hasSize(4);
        assertThat(published(d)).isEqualTo("unknown");
    }

    @Test
    void htmlCleanerDropsMenusShareLinksRelatedCommentsAndCaptcha() throws IOException {
        Document d = page("comments.html");
        assertThat(d.text()).contains("Negotiators from both sides returned", "the foreign ministers at the end.")
                .doesNotContain("Share on Facebook", "Tweet", "Related stories", "Earlier round", "Leave a comment",
                        "4 + 3", "Copyright", "Politics", "Photo: Example Agency");
        assertThat(d.text().split("\n\n")).hasSize(3);
        assertThat(d.metadata().title()).contains("Talks resume in Geneva");
    }

    @Test
    void htmlCleanerDropsNewsletterBoxAndReadsSchemaOrgDate() throws IOException {
        Document d = page("newsletter.html");
        assertThat(d.text()).contains("Dock workers ended", "night shifts will be shortened.")
                .doesNotContain("Newsletter", "morning briefing", "Photo credit");
        assertThat(d.metadata().title()).contains("Port strike ends after deal on wages");
        assertThat(published(d)).isEqualTo("2023-11-09 (day) html_meta");
    }

    @Test
    void inputDateAndLanguageWinOverEverythingFound() {
        RawDocument raw = new RawDocument("x", "x.jsonl:1", RawDocument.Format.TEXT,
                "14/09/22\n\nA headline of a few words\n\nThe president met his counterpart in the capital on Monday, officials said.",
                Optional.empty(), Optional.of("Given title"), Optional.of("2024-07-03T10:00:00Z"), Optional.of("en-GB"));
        Document d = ingestor.ingest(raw);
        assertThat(d.metadata().published()).map(Published::origin).contains(DateOrigin.INPUT);
        assertThat(published(d)).isEqualTo("2024-07-03 (day) input");
        assertThat(d.metadata().title()).contains("Given title");
        assertThat(d.lang()).contains("en");
        assertThat(d.has(Layer.LANGUAGE)).isTrue();
    }

    @Test
    void seedsGetTheirDatelineDatesAndNeverAGuessedOne() {
        List<Document> docs;
        try (var s = Sources.stream(List.of(SEEDS))) {
            docs = s.map(RawDocument.class::cast).map(ingestor::ingest).toList();
        }
        assertThat(docs).extracting(IngestorTest::published).containsExactly(
                "2022-09-14 (day) dateline", "unknown", "2024-07-03 (day) dateline", "2023-11 (month) dateline",
                "unknown");
        assertThat(docs.get(0).text()).doesNotContain("Fil info", "Imprimer la page", "Toretsk")
                .contains("Les Occidentaux attendent de pied ferme");
        assertThat(docs.get(2).text()).doesNotContain("Laisser un commentaire", "20 + 10")
                .contains("Vladimir Putin shakes hands with diplomats");
        assertThat(docs.get(4).text()).doesNotContain("Newsletter", "Pour rester informé", "Photo credit")
                .contains("11. Énergie");
        assertThat(docs.get(3).metadata().title()).contains("Poutine au Kazakhstan pour cimenter son influence chez \"son plus proche allié\"");
        assertThat(docs).allSatisfy(d -> assertThat(d.text()).contains("\n\n"));
    }

    @Test
    void emptyInputGivesEmptyTextAndAWarning() {
        for (RawDocument.Format f : RawDocument.Format.values()) {
            Document d = ingestor.ingest(new RawDocument("e", "e", f, "", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            assertThat(d.text()).isEmpty();
            assertThat(d.metadata().published()).isEmpty();
            assertThat(d.diagnostics()).isNotEmpty();
        }
    }

    @Test
    void inputDatesKeepTheirPrecision() {
        for (String[] c : new String[][] {{"2024", "2024 (year)"}, {"2024-07", "2024-07 (month)"},
                {"2024-07-03 10:00:00", "2024-07-03 (day)"}, {"3 juillet 2024", "2024-07-03 (day)"}}) {
            Document d = ingestor.ingest(new RawDocument("e", "e", RawDocument.Format.TEXT, "Some text here.",
                    Optional.empty(), Optional.empty(), Optional.of(c[0]), Optional.empty()));
            assertThat(published(d)).as(c[0]).isEqualTo(c[1] + " input");
        }
    }

    @Test
    void aDateOpeningTheBodyIsADatelineButOneInsideTheFirstSentenceIsNot() {
        String wire = "Talks resume on the border\n\nPARIS, 3 juillet 2024 (AFP) - Les ministres se sont réunis lundi à Paris pour reprendre les pourparlers.";
        String inside = "Talks resume on the border\n\nLes ministres des deux pays se sont réunis le 3 juillet 2024 à Paris pour reprendre les pourparlers.";
        assertThat(published(ingestor.ingest(RawDocument.text("w", "w", wire)))).isEqualTo("2024-07-03 (day) dateline");
        assertThat(published(ingestor.ingest(RawDocument.text("i", "i", inside)))).isEqualTo("unknown");
    }

    @Test
    void pageWithoutDateMetadataGivesTheDateShownInItsDateElement() {
        String html = "<html><body><div class=\"article-date\">Publié le 3 juillet 2024 à 10h15</div>"
                + "<p>Les ministres des deux pays se sont réunis à Paris pour reprendre les pourparlers sur la frontière.</p>"
                + "<ul class=\"list\"><li><span class=\"date\">1 juin 2024</span> Un autre article</li></ul></body></html>";
        Document d = ingestor.ingest(new RawDocument("h", "h", RawDocument.Format.HTML, html, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(published(d)).isEqualTo("2024-07-03 (day) html_meta");
    }

    @Test
    void unreadableInputDateIsAWarningNotACrash() {
        Document d = ingestor.ingest(new RawDocument("e", "e", RawDocument.Format.TEXT, "Some text here.",
                Optional.empty(), Optional.empty(), Optional.of("sometime soon"), Optional.empty()));
        assertThat(d.metadata().published()).isEmpty();
        assertThat(d.diagnostics()).anySatisfy(x -> assertThat(x.message()).contains("sometime soon"));
    }

    @Test
    void randomInputNeverCrashes() {
        Random r = new Random(11);
        String alphabet = "<>/=\"' \n\tabcdefé漢字дж0123456789.:,;!?-&#;pdivscript";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(400);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            for (RawDocument.Format f : RawDocument.Format.values()) {
                Document d = ingestor.ingest(new RawDocument("r", "r", f, sb.toString(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
                assertThat(d.id()).isEqualTo("r");
                assertThat(d.text()).doesNotContain("\n\n\n").isEqualTo(d.text().strip());
            }
        }
    }
}
