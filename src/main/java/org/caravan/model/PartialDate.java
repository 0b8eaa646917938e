package org.caravan.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to some precision: {@code start} is the first day of the period
 * (2023-11-01 for "2023-11"). Immutable and thread-safe.
 */
public record PartialDate(LocalDate start, Precision precision) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        java.util.Objects.requireNonNull(start, "start");
        java.util.Objects.requireNonNull(precision, "precision");
    }

    public static PartialDate day(LocalDate d) {
        return new PartialDate(d, Precision.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO timestamp is cut to its date). */
    public static Optional<PartialDate> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(year(y));
            }
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(month(y, mo));
            }
            return Optional.of(day(LocalDate.of(y, mo, Integer.parseInt(m.group(3)))));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ISO text truncated to the precision: YYYY-MM-DD, YYYY-MM or YYYY (weeks and quarters give their first day's month). */
    public String iso() {
        return switch (precision) {
            case DAY, WEEK -> start.toString();
            case MONTH, QUARTER -> start.toString().substring(0, 7);
            case YEAR, DECADE, CENTURY -> start.toString().substring(0, 4);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
            case DECADE -> start.plusYears(10).minusDays(1);
            case CENTURY -> start.plusYears(100).minusDays(1);
        };
    }

    @Override
    public String toString() {
        return iso() + " (" + precision.label() + ")";
    }

}
