package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.explore.BadParameter;
import org.caravan.store.EventRecord;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

    private static ExportedEvent event(String cameo, String source, String target, String date, String precision) {
        return ExportFixtures.exported(1, ExportFixtures.event("a-e1", "a", cameo, source, target, date, precision,
                null), "fr", "https://rfi.fr/1");
    }

    private static ExportFilter filter(String... nameValues) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            p.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return ExportFilter.parse(p);
    }

    @Test
    void theEmptyFilterKeepsEverything() {
        assertThat(ExportFilter.NONE.test(event("042", "CHN", "KAZ", null, null))).isTrue();
        assertThat(filter().test(event("042", "CHN", "KAZ", null, null))).isTrue();
    }

    @Test
    void aDateRangeKeepsAnEventWhosePeriodMeetsItAsTheApiDoes() {
        assertThat(filter("from", "2022-09", "to", "2022-09").test(event("042", "CHN", "KAZ", "2022-09-14", "day")))
                .isTrue();
        assertThat(filter("from", "2022-09-15").test(event("042", "CHN", "KAZ", "2022-09-14", "day"))).isFalse();
        assertThat(filter("from", "2022", "to", "2022").test(event("042", "CHN", "KAZ", "2022-09", "month")))
                .isTrue();
        assertThat(filter("from", "2022-09-01", "to", "2022-09-20").test(event("042", "CHN", "KAZ", "2022-09",
                "month"))).isTrue();
        assertThat(filter("from", "2022-10-01").test(event("042", "CHN", "KAZ", "2022-09", "month"))).isFalse();
        assertThat(filter("from", "2022").test(event("042", "CHN", "KAZ", null, null))).isFalse();
    }

    @Test
    void aPairMatchesInEitherDirectionAndRootsQuadsLanguagesAndOutletsAreChoices() {
        ExportedEvent e = event("042", "CHN", "KAZ", "2022-09-14", "day");
        assertThat(filter("pair", "kaz,CHN", "root", "04,05", "quad", "1", "lang", "fr", "source", "rfi.fr").test(e))
                .isTrue();
        assertThat(filter("pair", "KAZ,RUS").test(e)).isFalse();
        assertThat(filter("actor", "CHN", "root", "19").test(e)).isFalse();
        assertThat(filter("lang", "en").test(e)).isFalse();
        assertThat(filter("source", "lemonde.fr").test(e)).isFalse();
    }

    @Test
    void aMergedEventIsKeptWhenOneOfItsTellingsPasses() {
        ObjectNode json = ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", null);
        Instant t = Instant.parse("2024-07-03T10:15:30Z");
        EventRecord fr = new EventRecord(1, "a", json.toString(), "in/a.html", Optional.of("https://rfi.fr/1"),
                Optional.of("fr"), Optional.empty(), 100, t);
        EventRecord en = new EventRecord(2, "b", json.toString(), "in/b.html", Optional.of("https://www.bbc.com/2"),
                Optional.of("en"), Optional.empty(), 100, t);
        ExportedEvent merged = new ExportedEvent(1, json, List.of(fr, en));

        assertThat(filter("lang", "en").test(merged)).isTrue();
        assertThat(filter("source", "bbc.com").test(merged)).isTrue();
        assertThat(filter("lang", "ru").test(merged)).isFalse();
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> filter("pair", "KAZ")).isInstanceOf(BadParameter.class).hasMessageContaining("pair");
        assertThatThrownBy(() -> filter("root", "3")).isInstanceOf(BadParameter.class).hasMessageContaining("root");
        assertThatThrownBy(() -> filter("colour", "red")).isInstanceOf(BadParameter.class)
                .hasMessageContaining("colour");
    }
}
