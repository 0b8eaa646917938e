package org.caravan.actors;

import java.util.List;
import java.util.Optional;

/**
 * A run of words {@code [start, end)} that matched the index, with every entry it may stand for.
 *
 * @param slot  the adjective that filled a {@code *} of the alias
 * @param match how it matched, for the resolution rules
 * @param how   the same in words, for {@code explain}: "alias", "inflected", "fuzzy match of ...", "short form of ..."
 */
record Lexeme(int start, int end, List<Entry> entries, Optional<Entry> slot, Match match, String how) {

    /** How a run of words matched the knowledge base. */
    enum Match {
        /** an alias as written (case, accents and Cyrillic endings aside) */
        ALIAS,
        /** an alias without a plural or gender ending ("kazakhes") */
        INFLECTED,
        /** the last word of a person's full name named earlier in the document */
        SHORT_FORM,
        /** within one edit of a name no list holds as written */
        FUZZY,
        /** a name the document introduced after a title or role */
        INTRODUCED
    }

    /** The same words and entries, over the wider span {@code [start, end)}. */
    Lexeme over(int start, int end) {
        return new Lexeme(start, end, entries, slot, match, how);
    }

    /** A name the document introduced, at words {@code [start, end)}. */
    static Lexeme introduced(int start, int end) {
        return new Lexeme(start, end, List.of(), Optional.empty(), Match.INTRODUCED, "introduced");
    }

    Optional<Entry> first(Entry.Kind kind) {
        for (Entry e : entries) {
            if (e.kind() == kind) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    boolean is(Entry.Kind kind) {
        for (Entry e : entries) {
            if (e.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    boolean isFunction(String function) {
        for (Entry e : entries) {
            if (e.kind() == Entry.Kind.FUNCTION && e.detail().equals(function)) {
                return true;
            }
        }
        return false;
    }

    List<Entry> all(Entry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
