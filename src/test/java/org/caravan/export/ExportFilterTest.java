package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

    private static ExportedEvent event(String cameo, String source, String target, String date, String precision) {
        return ExportFixtures.exported(1, ExportFixtures.event("a-e1", "a", cameo, source, target, date, precision,
                null), "fr", "https://rfi.fr/1");
    }

    private static ExportFilter dates(String from, String to) {
        return new ExportFilter(Optional.ofNullable(from), Optional.ofNullable(to), List.of(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theEmptyFilterKeepsEverything() {
        assertThat(ExportFilter.NONE.test(event("042", "CHN", "KAZ", null, null))).isTrue();
    }

    @Test
    void aDateRangeKeepsAnEventOnlyWhenItsWholePeriodLiesInside() {
        assertThat(dates("2022-09", "2022-09").test(event("042", "CHN", "KAZ", "2022-09-14", "day"))).isTrue();
        assertThat(dates("2022-09-15", null).test(event("042", "CHN", "KAZ", "2022-09-14", "day"))).isFalse();
        assertThat(dates("2022", "2022").test(event("042", "CHN", "KAZ", "2022-09", "month"))).isTrue();
        assertThat(dates("2022-09-01", "2022-09-20").test(event("042", "CHN", "KAZ", "2022-09", "month"))).isFalse();
        assertThat(dates("2022", null).test(event("042", "CHN", "KAZ", null, null))).isFalse();
    }

    @Test
    void aPairMatchesInEitherDirectionAndRootsQuadsLanguagesAndOutletsAreChoices() {
        ExportedEvent e = event("042", "CHN", "KAZ", "2022-09-14", "day");
        assertThat(new ExportFilter(Optional.empty(), Optional.empty(), List.of(), Optional.of(List.of("kaz", "CHN")),
                List.of("04", "05"), List.of(1), List.of("fr"), List.of("rfi.fr")).test(e)).isTrue();
        assertThat(new ExportFilter(Optional.empty(), Optional.empty(), List.of(), Optional.of(List.of("KAZ", "RUS")),
                List.of(), List.of(), List.of(), List.of()).test(e)).isFalse();
        assertThat(new ExportFilter(Optional.empty(), Optional.empty(), List.of("CHNGOV"), Optional.empty(),
                List.of("19"), List.of(), List.of(), List.of()).test(e)).isFalse();
        assertThat(new ExportFilter(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of("en"), List.of()).test(e)).isFalse();
    }

    @Test
    void aPairNeedsTwoActors() {
        assertThatThrownBy(() -> new ExportFilter(Optional.empty(), Optional.empty(), List.of(),
                Optional.of(List.of("KAZ")), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair");
    }
}
