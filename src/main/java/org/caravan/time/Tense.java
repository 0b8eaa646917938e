package org.caravan.time;

/** The tense of the clause around a time expression, as far as light cues tell. */
enum Tense {
    PAST, PRESENT, FUTURE, NONE
}
