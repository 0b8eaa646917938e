package org.caravan.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which events an export keeps, with the parameters the API uses: a date range (inclusive; an event's date, at its
 * precision, must lie inside it), actors (either side), an unordered pair, CAMEO roots, quad classes, document
 * languages and outlets. Each list is a choice (any of its values); the criteria all hold together; an empty filter
 * keeps everything. Immutable, thread-safe.
 */
public record ExportFilter(Optional<String> from, Optional<String> to, List<String> actors,
                           Optional<List<String>> pair, List<String> roots, List<Integer> quads, List<String> langs,
                           List<String> outlets) implements Predicate<ExportedEvent> {

    public static final ExportFilter NONE = new ExportFilter(Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), List.of(), List.of(), List.of(), List.of());

    public ExportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actors = actors.stream().map(a -> a.toUpperCase(Locale.ROOT)).toList();
        pair = pair.map(p -> p.stream().map(a -> a.toUpperCase(Locale.ROOT)).toList());
        if (pair.isPresent() && pair.get().size() != 2) {
            throw new IllegalArgumentException("pair: two actors, e.g. CHN,KAZ");
        }
        roots = List.copyOf(roots);
        quads = List.copyOf(quads);
        langs = List.copyOf(langs);
        outlets = List.copyOf(outlets);
    }

    @Override
    public boolean test(ExportedEvent e) {
        String date = e.text("date");
        if ((from.isPresent() || to.isPresent()) && (date.isEmpty() || !inRange(date))) {
            return false;
        }
        if (!actors.isEmpty() && actors.stream().noneMatch(a -> isActor(e, "source", a) || isActor(e, "target", a))) {
            return false;
        }
        if (pair.isPresent() && !isPair(e, pair.get().get(0), pair.get().get(1))) {
            return false;
        }
        if (!roots.isEmpty() && !roots.contains(e.text("root"))) {
            return false;
        }
        if (!quads.isEmpty() && !quads.contains(e.event().path("quad_class").asInt())) {
            return false;
        }
        if (!langs.isEmpty() && e.members().stream().noneMatch(m -> m.lang().map(langs::contains).orElse(false))) {
            return false;
        }
        return outlets.isEmpty() || e.members().stream().map(ExportedEvent::outlet).anyMatch(outlets::contains);
    }

    /** The event's first and last possible days lie inside [the first day of from, the last day of to]. */
    private boolean inRange(String date) {
        return from.map(f -> firstDay(date).compareTo(firstDay(f)) >= 0).orElse(true)
                && to.map(t -> lastDay(date).compareTo(lastDay(t)) <= 0).orElse(true);
    }

    private static String firstDay(String iso) {
        return iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
    }

    /** The last day, as a string that sorts after every day of the period ("-31" for any month). */
    private static String lastDay(String iso) {
        return iso.length() == 4 ? iso + "-12-31" : iso.length() == 7 ? iso + "-31" : iso;
    }

    private static boolean isActor(ExportedEvent e, String role, String a) {
        return List.of(e.actor(role, "key"), e.actor(role, "code"), e.actor(role, "id").toUpperCase(Locale.ROOT))
                .contains(a);
    }

    private static boolean isPair(ExportedEvent e, String a, String b) {
        return isActor(e, "source", a) && isActor(e, "target", b) || isActor(e, "source", b) && isActor(e, "target", a);
    }
}
