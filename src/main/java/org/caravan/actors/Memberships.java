package org.caravan.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who belongs to which organisation or format, and when (memberships.tsv): the EU, NATO, the SCO, the C5+1 ...
 * A format's hub (its convener, "X + region": X) comes first among its members. Also which organ or agency is part
 * of which organisation (organisation-parts.tsv: the UN Security Council of the UN), whose key its events carry.
 * Immutable and thread-safe.
 */
final class Memberships {

    /** One member of a group from {@code from} to {@code to} (either open). */
    record Membership(String group, String member, Optional<LocalDate> from, Optional<LocalDate> to, boolean hub) {

        boolean on(LocalDate date) {
            return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> date.isBefore(t)).orElse(true);
        }
    }

    private final Map<String, List<Membership>> byGroup;
    private final Map<String, String> parts;

    Memberships(List<Membership> rows, Map<String, String> parts) {
        this.parts = Map.copyOf(parts);
        Map<String, List<Membership>> m = new TreeMap<>();
        for (Membership r : rows) {
            m.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byGroup = Map.copyOf(m);
    }

    /**
     * The key the events of that actor carry: the organisation an organ or agency is part of, followed up to the
     * top (a UN agency is UN, GUIDELINES.md), else the key itself.
     */
    String eventKey(String key) {
        String k = key;
        for (int depth = 0; depth < 8 && parts.containsKey(k); depth++) {
            k = parts.get(k);
        }
        return k;
    }

    /** Whether the data lists members of that group. */
    boolean has(String group) {
        return byGroup.containsKey(group);
    }

    /** The members of the group on that date, its hub first, then in the order of the data; no duplicates. */
    List<String> on(String group, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (boolean hub : new boolean[] {true, false}) {
            for (Membership r : byGroup.getOrDefault(group, List.of())) {
                if (r.hub() == hub && r.on(date) && !out.contains(r.member())) {
                    out.add(r.member());
                }
            }
        }
        return List.copyOf(out);
    }
}
