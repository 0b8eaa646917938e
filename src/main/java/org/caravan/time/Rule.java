package org.caravan.time;

import java.util.regex.Pattern;

/**
 * One extraction rule from a {@code patterns.tsv} file: a regex and the TIMEX3 type and value template
 * it produces. Immutable and thread-safe.
 *
 * @param order its position among the language's rules: earlier rules win ties between equally long matches
 */
record Rule(String name, String type, Pattern pattern, String value, int order) {
}
