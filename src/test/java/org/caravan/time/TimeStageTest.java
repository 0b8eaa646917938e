package org.caravan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.caravan.testkit.SpanChecks.assertSpansInsideText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.caravan.model.TimeExpression;
import org.caravan.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class TimeStageTest {

    private static final TimeStage STAGE = TimeStage.withBuiltInRules();

    private static Document doc(String text, String lang, Optional<LocalDate> published) {
        Metadata m = Metadata.of("test");
        if (published.isPresent()) {
            m = m.withPublished(new Published(PartialDate.day(published.get()), DateOrigin.INPUT));
        }
        return Document.of("d1", m, text).withLang(lang);
    }

    @Test
    void resolvesAgainstThePublicationDateOfTheDocument() {
        Document d = STAGE.process(doc("Il s'est rendu mercredi au Kazakhstan.", "fr", Optional.of(LocalDate.of(2022, 9, 15))));

        assertThat(d.has(Layer.TIMEX)).isTrue();
        assertThat(d.times()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("mercredi");
            assertThat(t.value()).isEqualTo("2022-09-14");
            assertThat(t.rule()).isEqualTo("weekday");
            assertThat(t.inferred()).isFalse();
        });
    }

    @Test
    void emptyTextGivesAnEmptyLayer() {
        Document d = STAGE.process(doc("", "en", Optional.empty()));

        assertThat(d.has(Layer.TIMEX)).isTrue();
        assertThat(d.times()).isEmpty();
    }

    @Test
    void randomTextNeverCrashesAndGivesSpansInsideTheText() {
        Random random = new Random(42);
        String alphabet = "ab 0123456789/.-,:hjJmMaiéè'’ \n\tàlundimercrediMayJulyявнояTQWX年";
        for (String lang : List.of("en", "fr", "ru", "de", "es")) {
            for (int i = 0; i < 200; i++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(300);
                for (int k = 0; k < n; k++) {
                    sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                Optional<LocalDate> ref = random.nextBoolean() ? Optional.of(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))) : Optional.empty();
                assertThatCode(() -> {
                    Document d = STAGE.process(doc(text, lang, ref));
                    assertSpansInsideText(d);
                }).as("input %s", text).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aLanguageWithoutRulesGetsAnEmptyLayerAndADiagnostic() {
        Document d = STAGE.process(doc("Il 15 settembre 2022.", "it", Optional.empty()));

        assertThat(d.times()).isEmpty();
        assertThat(d.has(Layer.TIMEX)).isTrue();
        assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("it"));
    }

    @Test
    void withoutAPublicationDateTheFirstAbsoluteDayServesAsAnInferredReference() {
        Document d = STAGE.process(doc("Le 14 septembre 2022, le sommet s'est ouvert. Le lendemain, il a été suspendu.",
                "fr", Optional.empty()));

        assertThat(d.times()).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::inferred)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Le 14 septembre 2022", "2022-09-14", false),
                        org.assertj.core.groups.Tuple.tuple("Le lendemain", "2022-09-15", true));
    }

    @Test
    void withoutAPublicationDateADayAndMonthTakeTheYearOfTheNearestAbsoluteDateBeforeMarkedInferred() {
        Document d = STAGE.process(doc("En 2019, il a parlé. Le 5 mars 2021, il a signé. Les 3 et 4 juillet, il est parti.",
                "fr", Optional.empty()));

        assertThat(d.times()).extracting(TimeExpression::text, TimeExpression::value, TimeExpression::inferred)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2019", "2019", false),
                        org.assertj.core.groups.Tuple.tuple("Le 5 mars 2021", "2021-03-05", false),
                        org.assertj.core.groups.Tuple.tuple("Les 3 et 4 juillet", "2021-07-03", true));
    }

    @Test
    void withAPublicationDateADayAndMonthKeepTheReferenceYear() {
        assertThat(STAGE.find("Le 5 mars 2015, il a signé. Le 3 juillet, il est parti.", "fr",
                Optional.of(java.time.LocalDate.of(2022, 9, 15)))).extracting(TimeExpression::value)
                .containsExactly("2015-03-05", "2022-07-03");
    }

    @Test
    void withInferenceOffRelativeExpressionsKeepUnknownValues() {
        TimeStage strict = new TimeStage(TimeRules.load(), false);

        assertThat(strict.find("Le 14 septembre 2022, le sommet s'est ouvert. Hier, il a été suspendu. Le lendemain, "
                + "il a repris.", "fr", Optional.empty())).extracting(TimeExpression::value)
                .containsExactly("2022-09-14", "XXXX-XX-XX", "2022-09-15");
    }

    @Test
    void anInferredReferenceIsReportedAsADiagnostic() {
        Document d = STAGE.process(doc("Le 14 septembre 2022, le sommet s'est ouvert. Hier, il a été suspendu.",
                "fr", Optional.empty()));

        assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("no publication date"));
    }

    @Test
    void needsOnlyTextAndLanguageSoItRunsWithoutTheNlpStage() {
        assertThat(STAGE.requires()).containsExactlyInAnyOrder(Layer.TEXT, Layer.LANGUAGE);
        assertThat(STAGE.provides()).containsExactly(Layer.TIMEX);
        Stage lang = new Stage() {
            @Override
            public Document process(Document document) {
                return document.withLang("en");
            }

            @Override
            public java.util.Set<Layer> provides() {
                return java.util.Set.of(Layer.LANGUAGE);
            }
        };
        Pipeline p = Pipeline.builder().add(lang).add(STAGE).build();

        assertThat(p.process(Document.of("d", Metadata.of("t"), "He left on May 3, 2021.")).times())
                .extracting(TimeExpression::value).containsExactly("2021-05-03");
    }

    private interface Stage extends org.caravan.pipeline.Stage {
    }
}
