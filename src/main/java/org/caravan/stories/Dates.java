package org.caravan.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Whether two tellings' dates can be one day, at their precisions. Stateless. */
public final class Dates {

    /** A date as events.jsonl writes it: ISO truncated to its precision, and the precision. */
    public record Told(String iso, String precision) {
    }

    private static final Map<String, Integer> RANK = Map.of("day", 5, "week", 4, "month", 3, "quarter", 2, "year", 1);

    private Dates() {
    }

    /** How precise a date is (higher is more precise); 0 when unknown. */
    static int rank(Told t) {
        return t.iso().isEmpty() ? 0 : RANK.getOrDefault(t.precision(), 0);
    }

    /**
     * Both known, and the less precise contains the more precise: equal at day, month or year precision, or a prefix
     * ("2022-09" contains "2022-09-14"). Weeks and quarters (written as their first day or month) join only an
     * equal date of the same precision.
     */
    static boolean compatible(Told a, Told b) {
        if (rank(a) == 0 || rank(b) == 0) {
            return false;
        }
        if (a.precision().equals(b.precision())) {
            return a.iso().equals(b.iso());
        }
        if (isWeekOrQuarter(a) || isWeekOrQuarter(b)) {
            return false;
        }
        Told coarse = rank(a) < rank(b) ? a : b;
        Told fine = coarse == a ? b : a;
        return fine.iso().startsWith(coarse.iso());
    }

    /** The days a date may stand for, first and last inclusive. */
    public record Interval(LocalDate first, LocalDate last) {
        /** Days from the end of the earlier interval to the start of the later; 0 or less when they overlap. */
        long gapTo(Interval o) {
            LocalDate a = last.isBefore(o.first) ? last : o.last;
            LocalDate b = last.isBefore(o.first) ? o.first : first;
            return Math.max(0, b.toEpochDay() - a.toEpochDay());
        }
    }

    /** The days of a date known to a week, a month or better (coarser dates say too little to group by). */
    static Optional<Interval> interval(Told t) {
        try {
            switch (t.precision()) {
                case "day": {
                    LocalDate d = LocalDate.parse(t.iso());
                    return Optional.of(new Interval(d, d));
                }
                case "week": {
                    LocalDate d = LocalDate.parse(t.iso());
                    return Optional.of(new Interval(d, d.plusDays(6)));
                }
                case "month": {
                    LocalDate d = LocalDate.parse(t.iso() + "-01");
                    return Optional.of(new Interval(d, d.plusMonths(1).minusDays(1)));
                }
                default:
                    return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isWeekOrQuarter(Told t) {
        return t.precision().equals("week") || t.precision().equals("quarter");
    }
}
