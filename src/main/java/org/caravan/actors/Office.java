package org.caravan.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An office held by a person from {@code start} to {@code end} inclusive (empty while in office).
 *
 * @param office head_of_state, head_of_government, foreign_minister, defence_minister, secretary_general,
 *               president_of_commission, president_of_council, pope, leader, or a user's own
 * @param key    ISO alpha-3 code of the country, or an organisation's acronym
 */
public record Office(String person, String office, String key, LocalDate start, Optional<LocalDate> end) {
    public Office {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
    }

    /** Whether the two terms share a day. */
    boolean overlaps(LocalDate otherStart, Optional<LocalDate> otherEnd) {
        LocalDate far = LocalDate.of(9999, 12, 31);
        return !start.isAfter(otherEnd.orElse(far)) && !otherStart.isAfter(end.orElse(far));
    }
}
