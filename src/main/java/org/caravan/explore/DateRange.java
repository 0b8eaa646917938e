package org.caravan.explore;

import java.time.LocalDate;
import java.util.Optional;
import org.caravan.model.PartialDate;

/**
 * The days an ISO date of any precision covers: "2024" is the whole year, "2024-05" the month. Immutable.
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("reversed date range " + first + ".." + last);
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD ({@link PartialDate#parse}, the one ISO date parser); empty for anything else. */
    public static Optional<DateRange> parse(String iso) {
        return PartialDate.parse(iso).map(d -> new DateRange(d.start(), d.end()));
    }

    public boolean overlaps(DateRange o) {
        return !first.isAfter(o.last) && !last.isBefore(o.first);
    }
}
