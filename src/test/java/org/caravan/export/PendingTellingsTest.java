package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.caravan.store.EventRecord;
import org.junit.jupiter.api.Test;

class PendingTellingsTest {

    private static EventRecord record(long id, String json, Optional<String> url) {
        return new EventRecord(id, "doc" + id, json, "inbox/doc" + id + ".html", url, Optional.of("fr"),
                Optional.empty(), 42, Instant.parse("2026-12-07T09:30:00.123456789Z"));
    }

    @Test
    void takingAClusterNobodyPutGivesNothing() throws IOException {
        try (PendingTellings p = new PendingTellings(100)) {
            assertThat(p.take(3)).isEmpty();
        }
    }

    @Test
    void tellingsPastTheBudgetComeBackFromTheFileEqualAndInOrder() throws IOException {
        EventRecord a = record(1, "{\"id\":\"é-1\"}", Optional.of("https://x.org/1"));
        EventRecord b = record(2, "{\"id\":\"b-1\",\"evidence\":\"Астана\"}", Optional.empty());
        EventRecord c = record(3, "{}", Optional.empty());
        try (PendingTellings p = new PendingTellings(a.json().length())) {
            assertThat(p.put(7, a)).isEqualTo(1);
            assertThat(p.put(9, c)).isEqualTo(1);
            assertThat(p.put(7, b)).isEqualTo(2);

            assertThat(p.spilled()).isTrue();
            assertThat(p.take(7)).containsExactly(a, b);
            assertThat(p.take(9)).containsExactly(c);
            assertThat(p.take(7)).isEmpty();
        }
    }
}
