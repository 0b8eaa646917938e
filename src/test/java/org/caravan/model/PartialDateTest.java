package org.caravan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2022-09-14, 2022-09-14, DAY",
        "2023-11, 2023-11, MONTH",
        "2024, 2024, YEAR",
        "2022-09-14T17:05:00Z, 2022-09-14, DAY",
    })
    void parsesIsoAtItsPrecision(String in, String iso, Precision precision) {
        PartialDate d = PartialDate.parse(in).orElseThrow();
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"'', ", "2023-13, ", "yesterday, ", "2023-02-30, "})
    void leavesNonDatesEmpty(String in, String ignored) {
        assertThat(PartialDate.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2024-02, 2024-02-29", "2023, 2023-12-31", "2022-09-14, 2022-09-14"})
    void endsOnTheLastDayOfItsPeriod(String in, String end) {
        assertThat(PartialDate.parse(in).orElseThrow().end()).isEqualTo(LocalDate.parse(end));
    }
}
