package org.caravan.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolverTest {

    private static final LocalDate THURSDAY = LocalDate.of(2022, 9, 15);

    @ParameterizedTest(name = "{0} weekday {1} -> {2}")
    @CsvSource({
            "past, 3, 2022-09-14", "past, 4, 2022-09-15", "past, 5, 2022-09-09",
            "future, 3, 2022-09-21", "future, 4, 2022-09-15", "future, 5, 2022-09-16",
            "last, 4, 2022-09-08", "next, 4, 2022-09-22", "this, 1, 2022-09-12", "this, 4, 2022-09-15",
            "near, 3, 2022-09-14", "near, 6, 2022-09-17", "near, 1, 2022-09-12"})
    void picksTheWeekdayByMode(String mode, int weekday, String expected) {
        assertThat(Resolver.weekday(THURSDAY, mode, weekday)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} month {1} -> {2}")
    @CsvSource({"past, 5, 2022-05", "past, 10, 2022-10", "past, 11, 2021-11", "future, 5, 2023-05", "future, 11, 2022-11",
            "last, 9, 2021-09", "next, 9, 2023-09", "near, 11, 2022-11"})
    void picksTheMonthByMode(String mode, int month, String expected) {
        assertThat(Resolver.month(THURSDAY, mode, month)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"day, -1, 2022-09-14", "week, 0, 2022-W37", "month, +1, 2022-10", "quarter, -1, 2022-Q2",
            "year, -2, 2020", "decade, 0, 202", "century, 0, 20"})
    void shiftsTheReferenceByUnits(String unit, String k, String expected) {
        assertThat(Resolver.shift(THURSDAY, unit, Integer.parseInt(k.replace("+", "")))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'@rel(day,-1)TEV', 2022-09-14TEV", "'@mdrange(past,12,30,1,2)', 2021-12-30~2022-01-02",
            "'@quarter(past,4)', 2021-Q4", "'@quarter(future,4)', 2022-Q4"})
    void resolvesTheFunctionsOfAValue(String value, String expected) {
        var ctx = new Resolver.Context(java.util.Optional.of(THURSDAY), Tense.NONE, java.util.Optional.empty());

        assertThat(Resolver.resolve(value, ctx)).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(expected));
    }
}
