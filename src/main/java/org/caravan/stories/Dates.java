package org.caravan.stories;

import java.util.Map;

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

    private static boolean isWeekOrQuarter(Told t) {
        return t.precision().equals("week") || t.precision().equals("quarter");
    }
}
