package org.caravan.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;

/** Reads the calendar period out of a TIMEX3 value ("2022-09-14T20:30", "2022-W37", "2022-Q3", "199"...). Stateless. */
final class TimexValues {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-(\\d{2}|W\\d{2}|Q\\d).*");

    private TimexValues() {
    }

    /** Whether the value looks like a calendar value but names no real date (2022-02-31, 2022-13). */
    static boolean invalid(String value) {
        return DATE_LIKE.matcher(value).matches() && period(value).isEmpty();
    }

    static Optional<PartialDate> period(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return Optional.of(PartialDate.day(LocalDate.of(i(m, 1), i(m, 2), i(m, 3))));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                int week = i(m, 2);
                if (week < 1 || week > 53) {
                    return Optional.empty();
                }
                LocalDate d = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
                return Optional.of(new PartialDate(d, Precision.WEEK));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return Optional.of(PartialDate.month(i(m, 1), i(m, 2)));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                return Optional.of(new PartialDate(LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1), Precision.QUARTER));
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                int month = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                return Optional.of(new PartialDate(LocalDate.of(i(m, 1), month, 1), Precision.QUARTER));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(PartialDate.year(Integer.parseInt(value)));
            }
            if (value.matches("\\d{3}X?")) {
                return Optional.of(new PartialDate(LocalDate.of(Integer.parseInt(value.substring(0, 3)) * 10, 1, 1), Precision.DECADE));
            }
            if (value.matches("\\d{2}(XX)?")) {
                return Optional.of(new PartialDate(LocalDate.of(Integer.parseInt(value.substring(0, 2)) * 100, 1, 1), Precision.CENTURY));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
