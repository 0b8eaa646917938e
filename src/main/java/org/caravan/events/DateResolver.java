package org.caravan.events;

import java.util.Optional;
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

    /** A resolved date and where it came from. */
    record Dated(Optional<PartialDate> date, String how) {
    }

    Dated resolve(SentenceView v, TriggerMatch m, int clauseStart, int clauseEnd, Optional<PartialDate> lastSeen) {
        TimeExpression best = null;
        int bestScore = Integer.MAX_VALUE;
        int base = v.tokens.get(0).span().start();
        int trig = v.tokens.get(m.head()).span().start();
        int cs = v.tokens.get(clauseStart).span().start();
        int ce = v.tokens.get(Math.max(clauseStart, clauseEnd)).span().end();
        for (TimeExpression t : v.times) {
            if (t.date().isEmpty()) {
                continue;
            }
            int at = t.span().start();
            boolean inClause = at >= cs && at <= ce;
            if (!inClause && Math.abs(at - trig) > NEAR) {
                continue;
            }
            int score = Math.abs(at - trig) + (inClause ? 0 : 10_000);
            if (score < bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best != null) {
            return new Dated(best.date(), "time expression '" + best.text() + "'");
        }
        Optional<PartialDate> pub = v.doc.referenceDate();
        if (pub.isPresent()) {
            return new Dated(pub, "publication date");
        }
        if (lastSeen.isPresent()) {
            return new Dated(lastSeen, "last date given before");
        }
        return new Dated(Optional.empty(), "no date");
    }

    /** The first dated time expression of a sentence (the lead's date, for documents without a publication date). */
    static Optional<PartialDate> firstOf(SentenceView v) {
        return v.times.stream().map(TimeExpression::date).filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    /** The last dated time expression of a sentence, for later sentences without their own. */
    static Optional<PartialDate> lastOf(SentenceView v) {
        Optional<PartialDate> out = Optional.empty();
        for (TimeExpression t : v.times) {
            if (t.date().isPresent()) {
                out = t.date();
            }
        }
        return out;
    }

}
