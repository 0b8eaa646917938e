package org.caravan.explore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days an ISO date of any precision covers: "2024" is the whole year, "2024-05" the month. Immutable.
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("reversed date range " + first + ".." + last);
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; empty for anything else. */
    public static Optional<DateRange> parse(String iso) {
        try {
            if (iso.matches("[0-9]{4}")) {
                int y = Integer.parseInt(iso);
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            if (iso.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth m = YearMonth.parse(iso);
                return Optional.of(new DateRange(m.atDay(1), m.atEndOfMonth()));
            }
            if (iso.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                LocalDate d = LocalDate.parse(iso);
                return Optional.of(new DateRange(d, d));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean overlaps(DateRange o) {
        return !first.isAfter(o.last) && !last.isBefore(o.first);
    }
}
