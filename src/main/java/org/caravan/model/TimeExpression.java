package org.caravan.model;

import java.util.Optional;

/**
 * A time expression normalised against the document's reference date, as a TimeML TIMEX3.
 *
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the TIMEX3 value ("2022-09-14", "2024-07", "P3D", "XXXX-WXX-1"...)
 * @param date     the calendar period it denotes, when it denotes one
 * @param end      for a range, its last period
 * @param rule     the rule that fired
 * @param inferred whether the reference date was inferred from the text rather than given
 */
public record TimeExpression(Span span, String text, String type, String value, Optional<PartialDate> date,
                             Optional<PartialDate> end, String rule, boolean inferred) {
}
