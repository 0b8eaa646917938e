package org.caravan.explore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filter every view shares (and the dashboard keeps in its URL): date range, actor, pair of actors, CAMEO root,
 * quad class, language, outlet, place, document, story, minimum number of sources. Language and outlet hold when
 * one of the documents telling the event is in that language or from that outlet. Each list is a choice (any of its
 * values); the criteria all hold together. Immutable; thread-safe.
 */
public record EventFilter(Optional<DateRange> from, Optional<DateRange> to, List<String> actors,
                          Optional<List<String>> pair, List<String> roots, List<Integer> quads, List<String> langs,
                          List<String> outlets, List<String> places, Optional<String> doc, Optional<String> story,
                          int minSources) implements Predicate<EventRow> {

    /** The query parameters of the filter, as the API and the dashboard's URL name them. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "actor", "pair", "root", "quad", "lang",
            "source", "place", "doc", "story", "min_sources");

    public static final EventFilter NONE = new EventFilter(Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
            1);

    public EventFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actors = List.copyOf(actors);
        pair = pair.map(List::copyOf);
        roots = List.copyOf(roots);
        quads = List.copyOf(quads);
        langs = List.copyOf(langs);
        outlets = List.copyOf(outlets);
        places = List.copyOf(places);
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(story, "story");
    }

    /** Reads the filter from request parameters, naming the first bad one. */
    public static EventFilter from(Params p) {
        Optional<DateRange> from = date(p, "from");
        Optional<DateRange> to = date(p, "to");
        if (from.isPresent() && to.isPresent() && to.get().last().isBefore(from.get().first())) {
            throw new BadParameter("to", "is before from");
        }
        Optional<List<String>> pair = Optional.empty();
        List<String> pv = p.all("pair");
        if (!pv.isEmpty()) {
            if (pv.size() != 2) {
                throw new BadParameter("pair", "two actors separated by a comma, e.g. CHN,RUS");
            }
            pair = Optional.of(pv);
        }
        List<String> roots = p.all("root");
        for (String r : roots) {
            if (!r.matches("[0-9]{2}") || Integer.parseInt(r) < 1 || Integer.parseInt(r) > 20) {
                throw new BadParameter("root", "a two-digit CAMEO root from 01 to 20, not " + r);
            }
        }
        List<Integer> quads = p.all("quad").stream().map(q -> {
            if (!q.matches("[1-4]")) {
                throw new BadParameter("quad", "a quad class from 1 to 4, not " + q);
            }
            return Integer.parseInt(q);
        }).toList();
        return new EventFilter(from, to, p.all("actor"), pair, roots, quads, p.all("lang"), p.all("source"),
                p.all("place"), p.get("doc"), p.get("story"), p.integer("min_sources", 1, 1, 1000));
    }

    private static Optional<DateRange> date(Params p, String name) {
        Optional<String> v = p.get(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateRange.parse(v.get()).orElseThrow(() -> new BadParameter(name,
                "a date YYYY, YYYY-MM or YYYY-MM-DD, not " + v.get())));
    }

    /** The same filter with another pair. */
    public EventFilter withPair(String a, String b) {
        return new EventFilter(from, to, actors, Optional.of(List.of(a, b)), roots, quads, langs, outlets, places,
                doc, story, minSources);
    }

    @Override
    public boolean test(EventRow e) {
        if ((from.isPresent() || to.isPresent()) && !inRange(e)) {
            return false;
        }
        if (!actors.isEmpty() && actors.stream().noneMatch(a -> e.source().matches(a) || e.target().matches(a))) {
            return false;
        }
        if (pair.isPresent() && !isPair(e, pair.get().get(0), pair.get().get(1))) {
            return false;
        }
        if (!roots.isEmpty() && !roots.contains(e.root())) {
            return false;
        }
        if (!quads.isEmpty() && !quads.contains(e.quadClass())) {
            return false;
        }
        if (!langs.isEmpty() && e.tellers().stream().noneMatch(t -> t.lang().map(langs::contains).orElse(false))) {
            return false;
        }
        if (!outlets.isEmpty() && e.tellers().stream().noneMatch(t -> outlets.contains(t.outlet()))) {
            return false;
        }
        if (!places.isEmpty() && !e.place().map(pl -> places.stream().anyMatch(v -> v.equalsIgnoreCase(pl.id())
                || v.equalsIgnoreCase(pl.name()) || v.equalsIgnoreCase(pl.country()))).orElse(false)) {
            return false;
        }
        if (doc.isPresent() && e.evidence().stream().noneMatch(m -> m.docId().equals(doc.get()))
                && !e.document().docId().equals(doc.get())) {
            return false;
        }
        if (story.isPresent() && !e.story().equals(story)) {
            return false;
        }
        return e.sources() >= minSources;
    }

    private boolean inRange(EventRow e) {
        Optional<DateRange> d = e.date().flatMap(DateRange::parse);
        if (d.isEmpty()) {
            return false;
        }
        boolean afterFrom = from.map(f -> !d.get().last().isBefore(f.first())).orElse(true);
        boolean beforeTo = to.map(t -> !d.get().first().isAfter(t.last())).orElse(true);
        return afterFrom && beforeTo;
    }

    /** Whether the event is between the two actors, in either direction. */
    public static boolean isPair(EventRow e, String a, String b) {
        return e.source().matches(a) && e.target().matches(b) || e.source().matches(b) && e.target().matches(a);
    }
}
