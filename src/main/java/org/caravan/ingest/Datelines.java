package org.caravan.ingest;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caravan.data.TsvLines;
import org.caravan.model.PartialDate;

/**
 * Finds a publication date in a dateline: {@code 14/09/22 17:05} (day/month/year, month/day only when the
 * other reading is impossible), {@code date 2023-11}, {@code Publié le 3 juillet 2024}, {@code July 4, 2024},
 * {@code 3 de julio de 2024}, {@code 3 июля 2024}; a day and month without a year ({@code Astana. July 4.})
 * only when the same passage gives exactly one year. Month names come from the calendar tables
 * {@code time/<lang>/calendar.tsv} that the time rules read too.
 * Immutable and thread-safe.
 */
final class Datelines {

    /** A date found, with where it stands in the searched text. */
    record Found(PartialDate date, int start, int end) {
    }

    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?(?![\\d/-])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");

    private final Map<String, Integer> months;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final Pattern dayMonth;
    private final Pattern monthDay;

    private Datelines(Map<String, Integer> months) {
        this.months = Map.copyOf(months);
        String names = months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
        String m = "(" + names + ")\\.?";
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String day = "(\\d{1,2})(?:er|st|nd|rd|th|\\.|º|°)?";
        dayMonthYear = Pattern.compile("(?<![\\d\\p{L}])" + day + "\\s+(?:de\\s+)?" + m + "(?:,?\\s+|\\s+de\\s+)(\\d{4})(?!\\d)", f);
        monthDayYear = Pattern.compile("(?<!\\p{L})" + m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", f);
        monthYear = Pattern.compile("(?<!\\p{L})" + m + "\\s+(?:de\\s+)?(\\d{4})(?!\\d)", f);
        dayMonth = Pattern.compile("(?<![\\d\\p{L}])" + day + "\\s+(?:de\\s+)?" + m + "(?!\\p{L})", f);
        monthDay = Pattern.compile("(?<!\\p{L})" + m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)", f);
    }

    /**
     * Loads the month names of the calendar tables, {@code time/<lang>/calendar.tsv}, of every language the
     * detector knows ({@code ingest/languages.tsv}); a language without a table has no month names.
     */
    static Datelines load() {
        Map<String, Integer> months = new HashMap<>();
        for (IsoCode639_1 code : LanguageStage.codes()) {
            String name = "time/" + code.name().toLowerCase(Locale.ROOT) + "/calendar.tsv";
            try (InputStream in = Datelines.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    months.putAll(months(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new Datelines(months);
    }

    /**
     * The month names of a calendar table (list, word, value; a header line): the {@code month} rows, final
     * full stop dropped (the patterns make it optional), matched without regard to case.
     */
    static Map<String, Integer> months(BufferedReader r, String source) throws IOException {
        Map<String, Integer> months = new HashMap<>();
        for (TsvLines.Line line : TsvLines.read(r).stream().skip(1).toList()) {
            List<String> cols = line.cells();
            if (cols.size() < 3) {
                throw new IllegalArgumentException(source + ":" + line.number() + ": expected 3 tab-separated columns");
            }
            if (!cols.get(0).strip().equals("month")) {
                continue;
            }
            int month = month(cols.get(2), source + ":" + line.number());
            String name = cols.get(1).strip().toLowerCase(Locale.ROOT);
            months.put(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, month);
        }
        return months;
    }

    private static int month(String value, String where) {
        try {
            int month = Integer.parseInt(value.strip());
            if (month >= 1 && month <= 12) {
                return month;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": month must be 1 to 12, not '" + value.strip() + "'");
    }

    /**
     * A date given as a value (an input field): ISO year, month or day (a timestamp is cut to its date), else
     * an ISO date opening it, else the first date a dateline reading finds in it.
     */
    Optional<PartialDate> value(String s) {
        return PartialDate.parse(s).or(() -> isoStart(s)).or(() -> find(s));
    }

    /**
     * The ISO date ({@code 2024-07-03}, {@code 2024/07}) that opens a metadata value such as a timestamp
     * ({@code 2024-07-03T10:00:00+02:00}), years 1900 to 2100: the dateline ISO pattern, anchored.
     */
    static Optional<PartialDate> isoStart(String value) {
        Matcher m = ISO.matcher(value.strip());
        return m.lookingAt() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The first date in a dateline passage, of any precision. */
    Optional<PartialDate> find(String text) {
        return all(text, true).stream().findFirst().map(Found::date);
    }

    /** The first full date (day, month and year) in a passage, with its place. */
    Optional<Found> findDay(String text) {
        return all(text, false).stream().filter(f -> f.date().precision() == org.caravan.model.Precision.DAY).findFirst();
    }

    /** Every date found, by position; at one position the finest reading first. */
    List<Found> all(String text, boolean partial) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        scan(ISO.matcher(text), out, g -> date(g[0], g[1], g[2]));
        scan(NUMERIC.matcher(text), out, g -> numeric(g[0], g[1], g[2]));
        scan(dayMonthYear.matcher(text), out, g -> date(g[2], month(g[1]), g[0]));
        scan(monthDayYear.matcher(text), out, g -> date(g[2], month(g[0]), g[1]));
        if (partial) {
            scan(monthYear.matcher(text), out, g -> date(g[1], month(g[0]), null));
            Optional<String> year = onlyYear(text);
            if (year.isPresent()) {
                scan(dayMonth.matcher(text), out, g -> date(year.get(), month(g[1]), g[0]));
                scan(monthDay.matcher(text), out, g -> date(year.get(), month(g[0]), g[1]));
            }
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparing(f -> f.date().precision()));
        return out;
    }

    private interface Reading {
        Optional<PartialDate> read(String[] groups);
    }

    private static void scan(Matcher m, List<Found> out, Reading reading) {
        while (m.find()) {
            String[] g = new String[m.groupCount()];
            for (int i = 0; i < g.length; i++) {
                g[i] = m.group(i + 1);
            }
            reading.read(g).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
        }
    }

    private String month(String name) {
        Integer m = months.get(name.toLowerCase(Locale.ROOT));
        return m == null ? null : String.valueOf(m);
    }

    private static Optional<String> onlyYear(String text) {
        TreeSet<String> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years.size() == 1 ? Optional.of(years.first()) : Optional.empty();
    }

    /** Day/month/year as in most of Europe; month/day when the day-first reading is impossible. */
    private static Optional<PartialDate> numeric(String a, String b, String y) {
        Optional<PartialDate> dmy = date(fullYear(y), b, a);
        return dmy.isPresent() ? dmy : date(fullYear(y), a, b);
    }

    private static String fullYear(String y) {
        if (y.length() == 4) {
            return y;
        }
        int yy = Integer.parseInt(y);
        return String.valueOf(yy < 80 ? 2000 + yy : 1900 + yy);
    }

    private static Optional<PartialDate> date(String year, String month, String day) {
        if (year == null || month == null) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year);
            int m = Integer.parseInt(month);
            if (y < 1900 || y > 2100 || m < 1 || m > 12) {
                return Optional.empty();
            }
            if (day == null) {
                return Optional.of(PartialDate.month(y, m));
            }
            return Optional.of(PartialDate.day(LocalDate.of(y, m, Integer.parseInt(day))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
