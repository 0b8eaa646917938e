package org.caravan.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the relative functions left in a filled value template against the reference date, the tense
 * of the clause and the last date mentioned before (the anchor):
 * <ul>
 *   <li>{@code @rel(unit,k)}: the reference shifted by k units (day, week, month, quarter, year, decade,
 *       century), written at that unit's precision;</li>
 *   <li>{@code @anchor(unit,k)}: the same from the anchor ("la veille", "the next day");</li>
 *   <li>{@code @weekday(mode,d)}, {@code @month(mode,MM)}, {@code @md(mode,MM,DD)}, {@code @season(mode,SS)}:
 *       the weekday d (1 = Monday), month, month-day or season picked by mode: {@code last} (strictly
 *       before), {@code next} (strictly after), {@code past} (on or before), {@code future} (on or after),
 *       {@code this} (same week or year), {@code near} (the closest) or {@code tense} (past, future or near
 *       by the clause's tense);</li>
 *   <li>{@code @weekend(mode)}: the weekend picked by mode;</li>
 *   <li>{@code @nth(mode,MM,d,n)}: the n-th weekday d of month MM (Thanksgiving);</li>
 *   <li>{@code @quarter(mode,q)}: quarter q of the year that mode picks (begun unless future);</li>
 *   <li>{@code @mdrange(mode,M1,D1,M2,D2)}: a range of days without a year, {@code start~end}.</li>
 * </ul>
 * Without a reference date the functions give TimeML's unknown values (XXXX-WXX-3, XXXX-07...).
 * Stateless and thread-safe.
 */
final class Resolver {

    /** What a value is resolved against. */
    record Context(Optional<LocalDate> reference, Tense tense, Optional<LocalDate> anchor) {
    }

    /** A resolved value and whether it needed the reference date. */
    record Resolved(String value, boolean relative) {
    }

    /** A month-day this many days ahead (behind) in a past (future) clause still takes the reference year. */
    private static final int SLACK_DAYS = 90;

    /** A month this many months ahead (behind) in a past (future) clause still takes the reference year. */
    private static final int SLACK_MONTHS = 1;

    private static final Pattern CALL = Pattern.compile("@(\\w+)\\(([^)]*)\\)");

    private Resolver() {
    }

    static Optional<Resolved> resolve(String value, Context ctx) {
        Matcher m = CALL.matcher(value);
        StringBuilder sb = new StringBuilder();
        boolean relative = false;
        while (m.find()) {
            relative = true;
            String[] args = m.group(2).split(",", -1);
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i].strip();
            }
            Optional<String> v;
            try {
                v = call(m.group(1), args, ctx);
            } catch (RuntimeException e) {
                v = Optional.empty();
            }
            if (v.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v.get()));
        }
        m.appendTail(sb);
        return Optional.of(new Resolved(sb.toString(), relative));
    }

    private static Optional<String> call(String fn, String[] a, Context ctx) {
        Optional<LocalDate> ref = ctx.reference();
        return switch (fn) {
            case "rel" -> Optional.of(ref.map(r -> shift(r, a[0], offset(a[1]))).orElse(unknown(a[0])));
            case "anchor" -> Optional.of(ctx.anchor().or(() -> ref).map(r -> shift(r, a[0], offset(a[1])))
                    .orElse(unknown(a[0])));
            case "weekday" -> Optional.of(ref.map(r -> weekday(r, mode(a[0], ctx), Integer.parseInt(a[1])).toString())
                    .orElse("XXXX-WXX-" + Integer.parseInt(a[1])));
            case "month" -> Optional.of(ref.map(r -> month(r, mode(a[0], ctx), Integer.parseInt(a[1])))
                    .orElse("XXXX-" + a[1]));
            case "md" -> Optional.of(ref.map(r -> monthDay(r, mode(a[0], ctx), Integer.parseInt(a[1]),
                    Integer.parseInt(a[2])).toString()).orElse("XXXX-" + a[1] + "-" + a[2]));
            case "mdrange" -> Optional.of(ref.map(r -> range(r, mode(a[0], ctx), Integer.parseInt(a[1]),
                    Integer.parseInt(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4])))
                    .orElse("XXXX-" + a[1] + "-" + a[2] + "~XXXX-" + a[3] + "-" + a[4]));
            case "nth" -> Optional.of(ref.map(r -> nth(r, mode(a[0], ctx), Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                    Integer.parseInt(a[3])).toString()).orElse("XXXX-" + a[1] + "-XX"));
            case "weekend" -> Optional.of(ref.map(r -> weekend(r, mode(a[0], ctx))).orElse("XXXX-WXX-WE"));
            case "quarter" -> Optional.of(ref.map(r -> quarter(r, mode(a[0], ctx), Integer.parseInt(a[1])))
                    .orElse("XXXX-Q" + a[1]));
            case "season" -> Optional.of(ref.map(r -> season(r, mode(a[0], ctx), a[1])).orElse("XXXX-" + a[1]));
            default -> Optional.empty();
        };
    }

    private static int offset(String s) {
        String t = s.replace("+", "").replace("--", "");
        return Integer.parseInt(t);
    }

    private static String mode(String mode, Context ctx) {
        if (!mode.equals("tense")) {
            return mode;
        }
        return switch (ctx.tense()) {
            case PAST -> "past";
            case FUTURE -> "future";
            default -> "near";
        };
    }

    static String shift(LocalDate r, String unit, int k) {
        return switch (unit) {
            case "day" -> r.plusDays(k).toString();
            case "week" -> {
                LocalDate d = r.plusWeeks(k);
                yield String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "weekend" -> {
                LocalDate d = r.plusWeeks(k);
                yield String.format("%04d-W%02d-WE", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> r.plusMonths(k).toString().substring(0, 7);
            case "quarter" -> {
                LocalDate d = r.plusMonths(3L * k);
                yield String.format("%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            }
            case "year" -> String.format("%04d", r.getYear() + k);
            case "decade" -> String.format("%03d", r.getYear() / 10 + k);
            case "century" -> String.format("%02d", r.getYear() / 100 + k);
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    static String unknown(String unit) {
        return switch (unit) {
            case "day" -> "XXXX-XX-XX";
            case "week" -> "XXXX-WXX";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "XXXX-XX";
            case "quarter" -> "XXXX-QX";
            case "year" -> "XXXX";
            case "decade" -> "XXX";
            case "century" -> "XX";
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    static LocalDate weekday(LocalDate r, String mode, int d) {
        int today = r.getDayOfWeek().getValue();
        int back = (today - d + 7) % 7;
        int forward = (d - today + 7) % 7;
        return switch (mode) {
            case "last" -> r.minusDays(back == 0 ? 7 : back);
            case "next" -> r.plusDays(forward == 0 ? 7 : forward);
            case "past" -> r.minusDays(back);
            case "future" -> r.plusDays(forward);
            case "this" -> r.with(DayOfWeek.of(d));
            default -> back <= forward + 1 ? r.minusDays(back) : r.plusDays(forward);
        };
    }

    static String month(LocalDate r, String mode, int mm) {
        int y = r.getYear();
        int cur = r.getMonthValue();
        int ahead = mm - cur;
        int year = switch (mode) {
            case "last" -> mm < cur ? y : y - 1;
            case "next" -> mm > cur ? y : y + 1;
            case "past" -> ahead > SLACK_MONTHS ? y - 1 : y;
            case "future" -> ahead < -SLACK_MONTHS ? y + 1 : y;
            case "this" -> y;
            default -> ahead > 6 ? y - 1 : ahead < -6 ? y + 1 : y;
        };
        return String.format("%04d-%02d", year, mm);
    }

    /** The weekend: the latest begun (past), the next not over (future), else the nearest. */
    static String weekend(LocalDate r, String mode) {
        int dow = r.getDayOfWeek().getValue();
        int k = switch (mode) {
            case "last" -> -1;
            case "next" -> +1;
            case "past" -> dow >= 6 ? 0 : -1;
            case "future", "this" -> 0;
            default -> dow <= 2 ? -1 : 0;
        };
        return shift(r, "weekend", k);
    }

    static LocalDate monthDay(LocalDate r, String mode, int mm, int dd) {
        LocalDate c = LocalDate.of(r.getYear(), mm, dd);
        return switch (mode) {
            case "last" -> c.isBefore(r) ? c : c.minusYears(1);
            case "next" -> c.isAfter(r) ? c : c.plusYears(1);
            case "past" -> c.isAfter(r.plusDays(SLACK_DAYS)) ? c.minusYears(1) : c;
            case "future" -> c.isBefore(r.minusDays(SLACK_DAYS)) ? c.plusYears(1) : c;
            case "this" -> c;
            default -> {
                long days = ChronoUnit.DAYS.between(r, c);
                yield days > 183 ? c.minusYears(1) : days < -183 ? c.plusYears(1) : c;
            }
        };
    }

    /** A range of days without a year: the start picked by mode, the end the first such day from the start on. */
    static String range(LocalDate r, String mode, int m1, int d1, int m2, int d2) {
        LocalDate start = monthDay(r, mode, m1, d1);
        LocalDate end = LocalDate.of(start.getYear(), m2, d2);
        if (end.isBefore(start)) {
            end = end.plusYears(1);
        }
        return start + "~" + end;
    }

    /** The n-th weekday d of month mm (Thanksgiving: 11, 4, 4) in the year that mode picks. */
    static LocalDate nth(LocalDate r, String mode, int mm, int d, int n) {
        java.util.function.IntFunction<LocalDate> in = y -> LocalDate.of(y, mm, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.of(d)));
        LocalDate c = in.apply(r.getYear());
        return switch (mode) {
            case "last", "past" -> c.isAfter(r) ? in.apply(r.getYear() - 1) : c;
            case "next", "future" -> c.isBefore(r) ? in.apply(r.getYear() + 1) : c;
            default -> c;
        };
    }

    /** Quarter q: the latest one already begun, or with future tense the next one not yet over. */
    static String quarter(LocalDate r, String mode, int q) {
        int current = (r.getMonthValue() - 1) / 3 + 1;
        int y = r.getYear();
        int year = switch (mode) {
            case "future", "next" -> q >= current ? y : y + 1;
            case "this" -> y;
            case "last" -> q < current ? y : y - 1;
            default -> q <= current ? y : y - 1;
        };
        return String.format("%04d-Q%d", year, q);
    }

    static String season(LocalDate r, String mode, String s) {
        int startMonth = switch (s) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> throw new IllegalArgumentException("unknown season " + s);
        };
        int y = r.getYear();
        int cur = r.getMonthValue();
        int year = switch (mode) {
            case "last" -> startMonth + 2 < cur ? y : y - 1;
            case "next" -> startMonth > cur ? y : y + 1;
            case "past" -> startMonth <= cur ? y : y - 1;
            case "future" -> startMonth + 2 >= cur ? y : y + 1;
            default -> y;
        };
        return String.format("%04d-%s", year, s);
    }
}
