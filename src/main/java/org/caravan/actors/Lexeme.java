package org.caravan.actors;

import java.util.List;
import java.util.Optional;

/**
 * A run of words {@code [start, end)} that matched the index, with every entry it may stand for.
 *
 * @param slot the adjective that filled a {@code *} of the alias
 * @param how  how it matched: "alias", "inflected" (without a plural or gender ending), "fuzzy match of ..." or
 *             "short form of ..."
 */
record Lexeme(int start, int end, List<Entry> entries, Optional<Entry> slot, String how) {

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
