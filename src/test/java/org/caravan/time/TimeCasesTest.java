package org.caravan.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caravan.model.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of {@code src/test/resources/time/cases.tsv}: reference date, sentence, expected value and precision. */
class TimeCasesTest {

    private static final TimeStage STAGE = TimeStage.withBuiltInRules();

    static Stream<Arguments> cases() {
        InputStream in = TimeCasesTest.class.getResourceAsStream("/time/cases.tsv");
        return Tsv.read(in, "cases.tsv", 7).stream().map(r -> Arguments.of(r.cell(0), r.cell(1), r.cell(2), r.cell(3),
                r.cell(4), r.cell(5), r.cell(6)));
    }

    @ParameterizedTest(name = "[{0} {1}] {2} -> {3} = {4}")
    @MethodSource("cases")
    void normalisesTheExpressionAgainstTheReferenceDate(String lang, String reference, String sentence, String text,
                                                         String value, String precision, String end) {
        Optional<LocalDate> ref = reference.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<TimeExpression> found = STAGE.find(sentence, lang, ref);

        assertThat(found).extracting(TimeExpression::text).contains(text);
        TimeExpression t = found.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        assertThat(t.value()).as("value").isEqualTo(value);
        assertThat(t.date().map(d -> d.precision().label()).orElse("-")).as("precision").isEqualTo(precision);
        assertThat(t.end().map(d -> d.start().toString()).orElse("-")).as("range end").isEqualTo(end);
        assertThat(sentence.substring(t.span().start(), t.span().end())).isEqualTo(text);
    }

    static Stream<Arguments> notTimes() {
        InputStream in = TimeCasesTest.class.getResourceAsStream("/time/not-times.tsv");
        return Tsv.read(in, "not-times.tsv", 3).stream().map(r -> Arguments.of(r.cell(0), r.cell(1), r.cell(2)));
    }

    @ParameterizedTest(name = "[{0}] {1}: not {2}")
    @MethodSource("notTimes")
    void leavesWordsThatAreNoTimeExpressionAlone(String lang, String sentence, String word) {
        int at = sentence.indexOf(word);
        assertThat(at).as("word in sentence").isNotNegative();

        List<TimeExpression> found = STAGE.find(sentence, lang, Optional.of(LocalDate.of(2022, 9, 15)));

        assertThat(found).noneMatch(t -> t.span().start() <= at && at < t.span().end());
    }
}
