package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Event;
import org.caravan.model.PartialDate;
import org.caravan.model.TimeExpression;

/**
 * Dates an event: the time expression of its sentence nearest to the trigger (in its clause first), else
 * the publication date (a report of the day), else the last date the document gave before. Precision is
 * carried. Stateless; thread-safe.
 */
final class DateResolver {

    /** How far (in characters) a time expression outside the trigger's clause may stand and still date it. */
    static final int NEAR = 60;

    private final Grammar grammar;

    /** A resolver that also skips the date of a statement ("the ministry said Monday") for the act it reports. */
    DateResolver(Grammar grammar) {
        this.grammar = grammar;
    }

    /**
     * Whether the time expression stands right after a speech verb that is not the trigger ("Russia expelled two
     * diplomats, the ministry said Monday"; "a déclaré lundi"): it dates the statement, not the act
     * (GUIDELINES.md).
     */
    private boolean ofStatement(SentenceView v, TimeExpression t, TriggerMatch m) {
        for (int i = 1; i < v.size(); i++) {
            if (v.token(i).span().start() == t.span().start()) {
                int r = i - 1;
                return r > m.last() && v.is(grammar, Grammar.Kind.REPORT, r);
            }
        }
        return false;
    }

    /** A date after the publication date ("next year") cannot date what the text tells as done. */
    private static boolean afterPublication(SentenceView v, PartialDate date) {
        return v.doc().referenceDate().filter(pub -> date.start().isAfter(pub.end())).isPresent();
    }

    /** Where a date came from; {@link Dated#how()} gives the words {@code explain} shows. */
    enum Basis {
        /** A time expression of the sentence ({@code detail}: its text). */
        TIME_EXPRESSION("time expression '%s'"),
        /** A day or month without a year, in the year of the last date given. */
        TIME_EXPRESSION_YEAR_OF_LAST("time expression '%s' in the year of the last date given"),
        PUBLICATION("publication date"),
        LAST_GIVEN("last date given before"),
        /** A pluperfect: the last date of the sentence before the trigger. */
        PLUPERFECT_SENTENCE("last date of the sentence before it (pluperfect)"),
        /** A pluperfect: the last date the document gave before. */
        PLUPERFECT_LAST_GIVEN("last date given before (pluperfect)"),
        NONE("no date");

        private final String words;

        Basis(String words) {
            this.words = words;
        }

        /** Whether the event's own time expression gave the date. */
        boolean ownExpression() {
            return this == TIME_EXPRESSION || this == TIME_EXPRESSION_YEAR_OF_LAST;
        }
    }

    /** A resolved date, where it came from and (for a time expression) its text. */
    record Dated(Optional<PartialDate> date, Basis basis, String detail) {

        Dated(Optional<PartialDate> date, Basis basis) {
            this(date, basis, "");
        }

        /** The words explain shows: "time expression 'Monday'", "publication date"... */
        String how() {
            return basis.words.formatted(detail);
        }
    }

    Dated resolve(SentenceView v, TriggerMatch m, int clauseStart, int clauseEnd, Optional<PartialDate> lastSeen) {
        return resolve(v, m, clauseStart, clauseEnd, lastSeen, Integer.MAX_VALUE);
    }

    /**
     * As above, ignoring the time expressions that start at or after the character offset {@code limit}: they
     * belong to a later event of the sentence ("осудил новые санкции ЕС, введенные в понедельник").
     */
    Dated resolve(SentenceView v, TriggerMatch m, int clauseStart, int clauseEnd, Optional<PartialDate> lastSeen,
                  int limit) {
        TimeExpression best = null;
        int bestScore = Integer.MAX_VALUE;
        int base = v.token(0).span().start();
        int trig = v.token(m.head()).span().start();
        int cs = v.token(clauseStart).span().start();
        int ce = v.token(Math.max(clauseStart, clauseEnd)).span().end();
        Optional<PartialDate> bestDate = Optional.empty();
        for (TimeExpression t : v.times()) {
            Optional<PartialDate> date = t.date().or(() -> withYearOf(t.value(), lastSeen));
            if (date.isEmpty()) {
                continue;
            }
            int at = t.span().start();
            if (at >= limit || ofStatement(v, t, m) || afterPublication(v, date.get())) {
                continue;
            }
            boolean inClause = at >= cs && at <= ce;
            if (!inClause && Math.abs(at - trig) > NEAR) {
                continue;
            }
            int score = Math.abs(at - trig) + (inClause ? 0 : 10_000);
            if (score < bestScore) {
                bestScore = score;
                best = t;
                bestDate = date;
            }
        }
        if (best != null) {
            return new Dated(bestDate, best.date().isPresent() ? Basis.TIME_EXPRESSION : Basis.TIME_EXPRESSION_YEAR_OF_LAST,
                    best.text());
        }
        Optional<PartialDate> pub = v.doc().referenceDate();
        if (pub.isPresent()) {
            return new Dated(pub, Basis.PUBLICATION);
        }
        if (lastSeen.isPresent()) {
            return new Dated(lastSeen, Basis.LAST_GIVEN);
        }
        return new Dated(Optional.empty(), Basis.NONE);
    }

    /**
     * A day or month without a year ("les 3 et 4 juillet" in an undated article: {@code XXXX-07-03}) in the year
     * of the last date the document gave.
     */
    static Optional<PartialDate> withYearOf(String value, Optional<PartialDate> lastSeen) {
        if (lastSeen.isEmpty() || value == null || !value.matches("XXXX-\\d{2}(-\\d{2})?")) {
            return Optional.empty();
        }
        return PartialDate.parse(lastSeen.get().start().getYear() + value.substring(4));
    }

    /** The first dated time expression of a sentence (the lead's date, for documents without a publication date). */
    static Optional<PartialDate> firstOf(SentenceView v) {
        return v.times().stream().map(TimeExpression::date).filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    /** The last dated time expression of a sentence that starts before {@code offset}. */
    static Optional<PartialDate> lastBefore(SentenceView v, int offset) {
        Optional<PartialDate> out = Optional.empty();
        for (TimeExpression t : v.times()) {
            if (t.date().isPresent() && t.span().start() < offset) {
                out = t.date();
            }
        }
        return out;
    }

    /** The last dated time expression of a sentence, for later sentences without their own. */
    static Optional<PartialDate> lastOf(SentenceView v) {
        Optional<PartialDate> out = Optional.empty();
        for (TimeExpression t : v.times()) {
            if (t.date().isPresent()) {
                out = t.date();
            }
        }
        return out;
    }

    /**
     * The same happening told again without a date ("a été accueilli par Tokaïev" after "s'est rendu au
     * Kazakhstan mercredi") takes the date of its dated telling: same pair of actors, same root, a code of the
     * codebook's {@code same-occasion} trait (root 04: visits, meetings).
     * An event dated only by the publication-date default (the headline or lead: "Paris condemns Moscow's
     * strike") that the body tells again with a time expression ("on Tuesday Paris condemned...") takes that
     * explicit date when the document gives one date only to that (source, target, code) (the pair unordered for
     * symmetric codes); the merger then folds the two into one event with all mentions.
     */
    static List<Event> inheritDates(List<Event> events, Set<Event> ownDated, Set<Event> publicationDated) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event x = e;
            if (!ownDated.contains(e)) {
                Optional<Event> from = Optional.empty();
                boolean occasion = Codebook.standard().is(e.root(), Codebook.Trait.SAME_OCCASION);
                for (Event o : ownDated) {
                    if (occasion && o.root().equals(e.root()) && samePair(o, e)) {
                        from = Optional.of(o);
                        break;
                    }
                }
                if (from.isEmpty() && publicationDated.contains(e)) {
                    from = sameCodeWithOneDate(e, ownDated);
                }
                if (from.isPresent()) {
                    Event o = from.get();
                    x = new Event(e.id(), e.cameo(), e.root(), e.quadClass(), e.goldstein(), o.date(), e.source(),
                            e.target(), e.location().or(o::location), e.mentions(), e.confidence());
                }
            }
            out.add(x);
        }
        return out;
    }

    /**
     * The explicitly dated telling of the same (source, target, code), when all such tellings share one date, else
     * when those of the week before the event's (publication) date do: the news a headline tells, not the background
     * ("начали совместные учения" in the headline, "в понедельник" in the lead, "в 2005 году" later).
     */
    private static Optional<Event> sameCodeWithOneDate(Event e, Set<Event> ownDated) {
        Optional<Event> one = sameCodeWithOneDate(e, ownDated, false);
        return one.isPresent() ? one : sameCodeWithOneDate(e, ownDated, true);
    }

    private static final int RECENT_DAYS = 7;

    private static boolean recent(Event o, Event e) {
        if (o.date().isEmpty() || e.date().isEmpty()) {
            return false;
        }
        java.time.LocalDate pub = e.date().get().end();
        PartialDate d = o.date().get();
        return d.start().equals(d.end()) && !d.start().isAfter(pub) && !d.start().isBefore(pub.minusDays(RECENT_DAYS));
    }

    private static Optional<Event> sameCodeWithOneDate(Event e, Set<Event> ownDated, boolean recentOnly) {
        String key = EventMerger.key(e);
        String stem = key.substring(0, key.lastIndexOf('|'));
        Event found = null;
        for (Event o : ownDated) {
            String k = EventMerger.key(o);
            if (o.date().isEmpty() || !k.substring(0, k.lastIndexOf('|')).equals(stem) || recentOnly && !recent(o, e)) {
                continue;
            }
            if (found != null && !found.date().equals(o.date())) {
                return Optional.empty();
            }
            found = found == null ? o : found;
        }
        return Optional.ofNullable(found);
    }

    private static boolean samePair(Event a, Event b) {
        String as = a.source().key().orElse("");
        String at = a.target().key().orElse("");
        String bs = b.source().key().orElse("");
        String bt = b.target().key().orElse("");
        return as.equals(bs) && at.equals(bt) || as.equals(bt) && at.equals(bs);
    }
}
