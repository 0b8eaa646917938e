package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which events (already merged across documents) belong to one happening or series: a state visit with its talks
 * and signings, a summit with its side meetings. Two events are linked when their dates lie at most
 * {@value #GAP_DAYS} days apart and they have the same actor pair, or are told by one article and share an actor,
 * or happen at the same place and are both diplomatic (roots 03 to 06); the dyads of one group event are always
 * linked. Stories are the connected groups. Only dates known to the month or better link; a chain of one block
 * stops growing after {@value #MAX_SPAN_DAYS} days, so a pair that talks every week is not one endless story.
 * Each rule is a block (pair, article and actor, place) sorted by date and swept once: the work is n log n.
 * Stateless and thread-safe.
 */
final class StoryGrouping {

    static final int GAP_DAYS = 2;
    static final int MAX_SPAN_DAYS = 14;
    private static final Set<String> DIPLOMATIC_ROOTS = Set.of("03", "04", "05", "06");

    /** What grouping reads of one event. */
    record Facts(String pair, Set<String> actors, Set<String> docs, String place, String root,
                 Optional<Dates.Interval> when, String group) {

        static Facts of(ObjectNode e) {
            Telling t = Telling.of(e);
            Set<String> actors = new LinkedHashSet<>(List.of(t.pair().split("\\|", -1)));
            Set<String> docs = new LinkedHashSet<>();
            e.path("mentions").forEach(m -> docs.add(m.path("doc_id").asText()));
            JsonNode loc = e.path("location");
            String place = loc.isObject() ? loc.path("id").asText(loc.path("name").asText("")) : "";
            return new Facts(t.pair(), actors, docs, place, t.root(), Dates.interval(t.date()),
                    e.path("group").asText(""));
        }
    }

    private StoryGrouping() {
    }

    /**
     * The blocks an event is in (the keys of {@link #group}): events of different blocks are linked only through
     * events they share, so regrouping the events of the blocks a change touches, with the stories they were in,
     * regroups all that the change can alter.
     */
    static Set<String> keys(ObjectNode e) {
        Facts f = Facts.of(e);
        Set<String> keys = new LinkedHashSet<>();
        if (!f.group().isEmpty()) {
            keys.add("group|" + f.group());
        }
        if (f.when().isEmpty()) {
            return keys;
        }
        keys.add("pair|" + f.pair());
        for (String d : f.docs()) {
            for (String a : f.actors()) {
                keys.add("doc|" + d + "|" + a);
            }
        }
        if (!f.place().isEmpty() && DIPLOMATIC_ROOTS.contains(f.root())) {
            keys.add("place|" + f.place());
        }
        return keys;
    }

    /**
     * The dense runs of one block's events ({@code whens}, the dates of the events that have the block's key):
     * sorted by first day and cut wherever the next event starts more than {@value #GAP_DAYS} days after every
     * earlier one ends. The sweep of a block links nothing across a cut and starts afresh after one, so the links
     * within a run depend on that run's events alone, and a cut of a set of events is a cut of any subset of it.
     * A group block ({@code group|...}) links all its events: it is one run. Each run lists positions into
     * {@code whens}; positions without a date (only in group blocks) belong to the one run.
     */
    static List<List<Integer>> runs(String key, List<Optional<Dates.Interval>> whens) {
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < whens.size(); i++) {
            sorted.add(i);
        }
        if (key.startsWith("group|") || whens.stream().anyMatch(Optional::isEmpty)) {
            return sorted.isEmpty() ? List.of() : List.of(sorted);
        }
        sorted.sort(Comparator.comparing((Integer i) -> whens.get(i).get().first()));
        List<List<Integer>> runs = new ArrayList<>();
        java.time.LocalDate reach = java.time.LocalDate.MIN;
        for (int i : sorted) {
            Dates.Interval w = whens.get(i).get();
            if (runs.isEmpty() || w.first().toEpochDay() - reach.toEpochDay() > GAP_DAYS) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(i);
            reach = w.last().isAfter(reach) ? w.last() : reach;
        }
        return runs;
    }

    /** The stories as lists of event indexes (ascending), in the order of their first event. */
    static List<int[]> group(List<ObjectNode> events) {
        List<Facts> facts = events.stream().map(Facts::of).toList();
        UnionFind uf = new UnionFind(facts.size());
        Map<String, List<Integer>> blocks = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Facts f = facts.get(i);
            if (!f.group().isEmpty()) {
                Integer first = groups.putIfAbsent(f.group(), i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
            if (f.when().isEmpty()) {
                continue;
            }
            add(blocks, "pair|" + f.pair(), i);
            for (String d : f.docs()) {
                for (String a : f.actors()) {
                    add(blocks, "doc|" + d + "|" + a, i);
                }
            }
            if (!f.place().isEmpty() && DIPLOMATIC_ROOTS.contains(f.root())) {
                add(blocks, "place|" + f.place(), i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            sweep(block, facts, uf);
        }
        return uf.components();
    }

    private static void add(Map<String, List<Integer>> blocks, String key, int i) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }

    /** Links each event of a block to the run before it when the gap is small and the run is not too long. */
    private static void sweep(List<Integer> block, List<Facts> facts, UnionFind uf) {
        if (block.size() < 2) {
            return;
        }
        List<Integer> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparing((Integer i) -> facts.get(i).when().get().first()).thenComparing(i -> i));
        int run = sorted.get(0);
        Dates.Interval span = facts.get(run).when().get();
        for (int k = 1; k < sorted.size(); k++) {
            int i = sorted.get(k);
            Dates.Interval w = facts.get(i).when().get();
            long gap = w.first().toEpochDay() - span.last().toEpochDay();
            long length = w.last().toEpochDay() - span.first().toEpochDay();
            if (gap <= GAP_DAYS && length <= MAX_SPAN_DAYS) {
                uf.union(run, i);
                span = new Dates.Interval(span.first(), w.last().isAfter(span.last()) ? w.last() : span.last());
            } else {
                run = i;
                span = w;
            }
        }
    }

    /** Disjoint sets of indexes, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        List<int[]> components() {
            Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            return byRoot.values().stream().map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toList();
        }
    }
}
