package org.caravan.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;
import org.caravan.model.Span;
import org.caravan.model.TimeExpression;

/**
 * Finds and normalises the time expressions of one text with one language's rules: every rule's matches,
 * the longest kept where they overlap (the earlier rule on a tie), then each value filled, resolved against
 * the reference date, the clause's tense and the last date mentioned. Without a reference date, the first
 * absolute day in the text serves as one, a day and month without a year take the year of the nearest absolute
 * date before them (else of the first one), and what these resolve is marked inferred. Stateless and thread-safe.
 */
final class TimeTagger {

    private record Candidate(Span span, Rule rule, MatchResult match) {
    }

    /** A day and month without a year, alone or as a range: "le 3 juillet", "les 3 et 4 juillet". */
    private static final Pattern DAY_MONTH = Pattern.compile("@(?:md|mdrange)\\([^)]*\\)");

    private static final Pattern DAY_MONTH_MODE = Pattern.compile("@(md|mdrange)\\(\\w+,");

    private TimeTagger() {
    }

    static List<TimeExpression> tag(LanguageRules rules, String text, Optional<LocalDate> reference, boolean infer) {
        List<Candidate> found = candidates(rules, text);
        boolean inferred = false;
        Optional<LocalDate> ref = reference;
        if (ref.isEmpty() && infer) {
            ref = inferReference(rules, found);
            inferred = ref.isPresent();
        }
        Optional<Integer> refYear = ref.map(LocalDate::getYear);
        List<int[]> years = reference.isEmpty() && infer ? absoluteYears(rules, found) : List.of();
        Optional<LocalDate> anchor = ref;
        List<TimeExpression> out = new ArrayList<>();
        for (Candidate c : found) {
            Optional<String> filled = Template.fill(c.rule().value(), c.match(), rules.words(), refYear);
            if (filled.isEmpty()) {
                continue;
            }
            Tense tense = filled.get().contains("tense") ? rules.tense().at(text, c.span().start(), c.span().end())
                    : Tense.NONE;
            Resolver.Context ctx = new Resolver.Context(ref, tense, anchor);
            boolean yearInferred = false;
            if (!years.isEmpty() && DAY_MONTH.matcher(filled.get()).matches()) {
                int year = yearBefore(years, c.span().start());
                filled = Optional.of(DAY_MONTH_MODE.matcher(filled.get()).replaceFirst("@$1(this,"));
                ctx = new Resolver.Context(Optional.of(LocalDate.of(year, 1, 1)), tense, anchor);
                yearInferred = true;
            }
            Optional<Resolver.Resolved> r = Resolver.resolve(filled.get(), ctx);
            if (r.isEmpty()) {
                continue;
            }
            String[] parts = r.get().value().split("~", 2);
            if (TimexValues.invalid(parts[0]) || parts.length > 1 && TimexValues.invalid(parts[1])) {
                continue;
            }
            Optional<PartialDate> date = TimexValues.period(parts[0]);
            Optional<PartialDate> end = parts.length > 1 ? TimexValues.period(parts[1]) : Optional.empty();
            out.add(new TimeExpression(c.span(), c.span().of(text), c.rule().type(), parts[0], date, end,
                    c.rule().name(), (inferred || yearInferred) && r.get().relative()));
            Optional<PartialDate> last = end.or(() -> date);
            if (last.isPresent() && last.get().precision() == Precision.DAY && !c.rule().type().equals("DURATION")) {
                anchor = Optional.of(last.get().start());
            }
        }
        return merged(out, text, rules.words());
    }

    /**
     * Joins a clock time and a day next to it ("hier à 10 h", "vers 15 h 30, hier", "4 h mardi") into one
     * TIME expression on that day, when only a word of the {@code joiner} list or a comma stands between them.
     */
    private static List<TimeExpression> merged(List<TimeExpression> in, String text, WordLists words) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TimeExpression a = in.get(i);
            if (i + 1 < in.size()) {
                TimeExpression b = in.get(i + 1);
                Optional<TimeExpression> m = join(a, b, text, words).or(() -> join(b, a, text, words));
                if (m.isPresent()) {
                    out.add(m.get());
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Optional<TimeExpression> join(TimeExpression clock, TimeExpression day, String text, WordLists words) {
        int t = clock.value().indexOf('T');
        if (!clock.type().equals("TIME") || t < 0 || !clock.value().substring(t + 1).matches("\\d{2}:\\d{2}")
                || day.date().isEmpty() || day.date().get().precision() != Precision.DAY || day.value().contains("T")
                || day.end().isPresent()) {
            return Optional.empty();
        }
        Span first = clock.span().start() < day.span().start() ? clock.span() : day.span();
        Span second = first == clock.span() ? day.span() : clock.span();
        String gap = text.substring(first.end(), second.start()).replace(",", " ").strip();
        if (gap.length() > 20 || !gap.isEmpty() && words.lookup("joiner", gap).isEmpty()) {
            return Optional.empty();
        }
        Span span = new Span(first.start(), second.end());
        return Optional.of(new TimeExpression(span, span.of(text), "TIME", day.value() + clock.value().substring(t),
                day.date(), Optional.empty(), day.rule() + "+" + clock.rule(), day.inferred() || clock.inferred()));
    }

    private static List<Candidate> candidates(LanguageRules rules, String text) {
        List<Candidate> all = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && Template.fill(rule.value(), m, rules.words(), Optional.empty()).isPresent()) {
                    all.add(new Candidate(new Span(m.start(), m.end()), rule, m.toMatchResult()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Candidate c) -> -c.span().length()).thenComparingInt(c -> c.rule().order())
                .thenComparingInt(c -> c.span().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }

    /** The start offset and year of every absolute date with a year (not a duration or set), in text order. */
    private static List<int[]> absoluteYears(LanguageRules rules, List<Candidate> found) {
        Resolver.Context none = new Resolver.Context(Optional.empty(), Tense.NONE, Optional.empty());
        List<int[]> years = new ArrayList<>();
        for (Candidate c : found) {
            if (!c.rule().type().equals("DATE") && !c.rule().type().equals("TIME")) {
                continue;
            }
            Optional<Resolver.Resolved> r = Template.fill(c.rule().value(), c.match(), rules.words(), Optional.empty())
                    .flatMap(v -> Resolver.resolve(v, none));
            if (r.isPresent() && !r.get().relative()) {
                TimexValues.period(r.get().value().split("~", 2)[0])
                        .ifPresent(d -> years.add(new int[] {c.span().start(), d.start().getYear()}));
            }
        }
        return years;
    }

    /** The year of the nearest absolute date before {@code at}, else of the first one in the text. */
    private static int yearBefore(List<int[]> years, int at) {
        int year = years.get(0)[1];
        for (int[] y : years) {
            if (y[0] < at) {
                year = y[1];
            }
        }
        return year;
    }

    private static Optional<LocalDate> inferReference(LanguageRules rules, List<Candidate> found) {
        Resolver.Context none = new Resolver.Context(Optional.empty(), Tense.NONE, Optional.empty());
        for (Candidate c : found) {
            Optional<Resolver.Resolved> r = Template.fill(c.rule().value(), c.match(), rules.words(), Optional.empty())
                    .flatMap(v -> Resolver.resolve(v, none));
            if (r.isPresent() && !r.get().relative()) {
                Optional<PartialDate> d = TimexValues.period(r.get().value().split("~", 2)[0]);
                if (d.isPresent() && d.get().precision() == Precision.DAY) {
                    return Optional.of(d.get().start());
                }
            }
        }
        return Optional.empty();
    }
}
