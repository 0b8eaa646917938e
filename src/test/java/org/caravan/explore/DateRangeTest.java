package org.caravan.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void aDateOfAnyPrecisionCoversItsDays() {
        assertThat(DateRange.parse("2024")).contains(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(DateRange.parse("2024-02")).contains(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(DateRange.parse("2024-05-09")).contains(new DateRange(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 9)));
    }

    @Test
    void anythingButAnIsoDateIsEmpty() {
        assertThat(DateRange.parse("2024-13")).isEmpty();
        assertThat(DateRange.parse("2024-02-30")).isEmpty();
        assertThat(DateRange.parse("May 2024")).isEmpty();
        assertThat(DateRange.parse("")).isEmpty();
    }

    @Test
    void rangesOverlapWhenTheyShareADay() {
        assertThat(DateRange.parse("2024").get().overlaps(DateRange.parse("2024-12-31").get())).isTrue();
        assertThat(DateRange.parse("2024-01").get().overlaps(DateRange.parse("2024-02").get())).isFalse();
    }
}
