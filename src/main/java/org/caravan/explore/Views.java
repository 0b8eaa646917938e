package org.caravan.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the dashboard's views show, computed from filtered events: actors with counts, the monthly series of a dyad,
 * the actor network and the places. Stateless and thread-safe.
 */
public final class Views {

    private Views() {
    }

    /** An actor and how many of the filtered events it takes part in, as source and as target. */
    public record ActorCount(String id, String name, Optional<String> key, int events, int asSource, int asTarget) {
    }

    /** One month of a dyad: events per quad class (index 0 is quad class 1) and mean Goldstein. */
    public record Month(String month, int events, int[] byQuad, double meanGoldstein) {
    }

    /** An edge of the network: the two actors (ordered by id), events between them either way, mean Goldstein. */
    public record Edge(String a, String b, int events, double meanGoldstein) {
    }

    /** A node of the network. */
    public record Node(String id, String name, Optional<String> key, int events) {
    }

    public record Network(List<Node> nodes, List<Edge> edges) {
    }

    /** A place and the events there. */
    public record PlaceCount(String id, String name, String country, double lat, double lon, int events,
                             double meanGoldstein) {
    }

    /** One day (or coarser date) of the timeline: events per quad class. */
    public record Day(String date, int[] byQuad) {
    }

    public static List<ActorCount> actors(List<EventRow> events) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Actor> actors = new HashMap<>();
        for (EventRow e : events) {
            actors.putIfAbsent(e.source().id(), e.source());
            actors.putIfAbsent(e.target().id(), e.target());
            counts.computeIfAbsent(e.source().id(), k -> new int[2])[0]++;
            counts.computeIfAbsent(e.target().id(), k -> new int[2])[1]++;
        }
        List<ActorCount> out = new ArrayList<>();
        counts.forEach((id, c) -> {
            Actor a = actors.get(id);
            out.add(new ActorCount(id, a.name(), a.key(), c[0] + c[1], c[0], c[1]));
        });
        out.sort(Comparator.comparingInt(ActorCount::events).reversed().thenComparing(ActorCount::id));
        return out;
    }

    /** Events per month between the two actors (either direction); months without date are left out. */
    public static List<Month> dyad(List<EventRow> events, String a, String b) {
        Map<String, List<EventRow>> months = new TreeMap<>();
        for (EventRow e : events) {
            if (EventFilter.isPair(e, a, b) && e.month().isPresent()) {
                months.computeIfAbsent(e.month().get(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Month> out = new ArrayList<>();
        months.forEach((m, es) -> {
            int[] q = new int[4];
            es.forEach(e -> quad(q, e));
            out.add(new Month(m, es.size(), q, mean(es)));
        });
        return out;
    }

    /** The network of the filtered events, keeping the {@code maxEdges} heaviest edges and their nodes. */
    public static Network network(List<EventRow> events, int maxEdges) {
        Map<String, List<EventRow>> byEdge = new LinkedHashMap<>();
        Map<String, Actor> actors = new HashMap<>();
        for (EventRow e : events) {
            if (e.source().id().equals(e.target().id())) {
                continue;
            }
            actors.putIfAbsent(e.source().id(), e.source());
            actors.putIfAbsent(e.target().id(), e.target());
            byEdge.computeIfAbsent(edgeKey(e), k -> new ArrayList<>()).add(e);
        }
        List<Edge> edges = new ArrayList<>();
        byEdge.forEach((k, es) -> {
            String[] ab = k.split("\u0000");
            edges.add(new Edge(ab[0], ab[1], es.size(), mean(es)));
        });
        edges.sort(Comparator.comparingInt(Edge::events).reversed().thenComparing(Edge::a).thenComparing(Edge::b));
        List<Edge> kept = edges.subList(0, Math.min(maxEdges, edges.size()));
        Map<String, Integer> degree = new TreeMap<>();
        for (Edge e : kept) {
            degree.merge(e.a(), e.events(), Integer::sum);
            degree.merge(e.b(), e.events(), Integer::sum);
        }
        List<Node> nodes = new ArrayList<>();
        degree.forEach((id, n) -> nodes.add(new Node(id, actors.get(id).name(), actors.get(id).key(), n)));
        return new Network(nodes, List.copyOf(kept));
    }

    private static String edgeKey(EventRow e) {
        String s = e.source().id();
        String t = e.target().id();
        return s.compareTo(t) <= 0 ? s + "\u0000" + t : t + "\u0000" + s;
    }

    /** Whether an event lies on the edge between the two actor ids (either direction). */
    public static boolean onEdge(EventRow e, String a, String b) {
        return e.source().id().equals(a) && e.target().id().equals(b)
                || e.source().id().equals(b) && e.target().id().equals(a);
    }

    public static List<PlaceCount> places(List<EventRow> events) {
        Map<String, List<EventRow>> byPlace = new TreeMap<>();
        Map<String, Place> places = new HashMap<>();
        for (EventRow e : events) {
            e.place().ifPresent(p -> {
                places.putIfAbsent(p.id(), p);
                byPlace.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(e);
            });
        }
        List<PlaceCount> out = new ArrayList<>();
        byPlace.forEach((id, es) -> {
            Place p = places.get(id);
            out.add(new PlaceCount(id, p.name(), p.country(), p.lat(), p.lon(), es.size(), mean(es)));
        });
        out.sort(Comparator.comparingInt(PlaceCount::events).reversed().thenComparing(PlaceCount::id));
        return out;
    }

    /** Events per date as stored (day, month or year), in date order; undated events are left out. */
    public static List<Day> timeline(List<EventRow> events) {
        Map<String, int[]> days = new TreeMap<>();
        for (EventRow e : events) {
            e.date().ifPresent(d -> quad(days.computeIfAbsent(d, k -> new int[4]), e));
        }
        List<Day> out = new ArrayList<>();
        days.forEach((d, q) -> out.add(new Day(d, q)));
        return out;
    }

    private static void quad(int[] q, EventRow e) {
        if (e.quadClass() >= 1 && e.quadClass() <= 4) {
            q[e.quadClass() - 1]++;
        }
    }

    private static double mean(List<EventRow> es) {
        double mean = es.stream().mapToDouble(EventRow::goldstein).average().orElse(0);
        return Math.round(mean * 100) / 100.0;
    }
}
