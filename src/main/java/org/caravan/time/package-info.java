/**
 * Time expressions: finding them in French, English, Russian, German and Spanish text and normalising
 * them to TimeML TIMEX3 values against the document's reference date. The rules are data
 * ({@code src/main/resources/time/<lang>/}: the calendar table of month and weekday names, shared with the
 * ingest datelines, word lists, patterns, tense cues), see {@code docs/time.md}.
 * Entry points: {@link org.caravan.time.TimeStage} and {@link org.caravan.time.TimeMlEvaluation}.
 */
package org.caravan.time;
