package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The step after the cross-document merge: groups merged events into stories ({@link StoryGrouping} says which
 * belong together) and describes each: a title from its main event ({@link TitleTemplates}), its date span, main
 * actors, events and articles. Immutable and thread-safe; the input is not modified.
 */
public final class Stories {

    static final int MAX_ACTORS = 4;

    private final TitleTemplates titles;
    private final Function<String, Optional<String>> cameoNames;

    private Stories(TitleTemplates titles, Function<String, Optional<String>> cameoNames) {
        this.titles = titles;
        this.cameoNames = cameoNames;
    }

    /** Stories titled in English; {@code cameoNames} names a CAMEO code ("042" → "Make a visit"). */
    public static Stories english(Function<String, Optional<String>> cameoNames) {
        return new Stories(TitleTemplates.english(), cameoNames);
    }

    /**
     * The stories of merged events, and the events again, each a copy carrying its story's id in {@code story}.
     */
    public record Result(List<Story> stories, List<ObjectNode> events) {
        public Result {
            stories = List.copyOf(stories);
            events = List.copyOf(events);
        }
    }

    public Result group(List<ObjectNode> events) {
        List<Story> stories = new ArrayList<>();
        String[] storyOf = new String[events.size()];
        for (int[] c : StoryGrouping.group(events)) {
            List<ObjectNode> members = new ArrayList<>(c.length);
            for (int i : c) {
                members.add(events.get(i));
            }
            Story s = describe(members);
            stories.add(s);
            for (int i : c) {
                storyOf[i] = s.id();
            }
        }
        List<ObjectNode> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ObjectNode e = events.get(i).deepCopy();
            e.put("story", storyOf[i]);
            out.add(e);
        }
        return new Result(stories, out);
    }

    private Story describe(List<ObjectNode> members) {
        ObjectNode earliest = members.stream().min(Comparator
                .comparing((ObjectNode e) -> first(e).orElse(LocalDate.MAX))
                .thenComparing(e -> e.path("id").asText())).orElseThrow();
        ObjectNode main = members.stream().min(Comparator
                .comparing((ObjectNode e) -> -documents(e).size())
                .thenComparing(e -> -e.path("mentions").size())
                .thenComparing(e -> -Dates.rank(Telling.date(e)))
                .thenComparing(e -> first(e).orElse(LocalDate.MAX))
                .thenComparing(e -> e.path("id").asText())).orElseThrow();
        Optional<LocalDate> start = members.stream().map(Stories::first).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        Optional<LocalDate> end = members.stream().map(e -> Dates.interval(Telling.date(e)).map(Dates.Interval::last))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        Set<String> articles = new LinkedHashSet<>();
        members.forEach(e -> articles.addAll(documents(e)));
        String date = start.map(LocalDate::toString).orElse(main.path("date").asText(""));
        return new Story("story-" + earliest.path("id").asText(), titles.title(main, date, cameoNames),
                main.path("id").asText(), start.map(LocalDate::toString), end.map(LocalDate::toString),
                actors(members), members.stream().map(e -> e.path("id").asText()).toList(), List.copyOf(articles));
    }

    private static Optional<LocalDate> first(ObjectNode e) {
        return Dates.interval(Telling.date(e)).map(Dates.Interval::first);
    }

    private static Set<String> documents(ObjectNode e) {
        Set<String> docs = new LinkedHashSet<>();
        e.path("mentions").forEach(m -> docs.add(m.path("doc_id").asText()));
        return docs;
    }

    /** The actors by the number of mentions of their events; each named as told most often. */
    private static List<Story.Actor> actors(List<ObjectNode> members) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        for (ObjectNode e : members) {
            int n = Math.max(1, e.path("mentions").size());
            for (String role : List.of("source", "target")) {
                JsonNode a = e.path(role);
                String key = a.path("key").asText("");
                if (key.isEmpty() || a.path("key").isNull()) {
                    continue;
                }
                weight.merge(key, n, Integer::sum);
                names.computeIfAbsent(key, k -> new HashMap<>()).merge(a.path("name").asText(key), n, Integer::sum);
            }
        }
        return weight.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(MAX_ACTORS)
                .map(w -> new Story.Actor(w.getKey(), names.get(w.getKey()).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElse(w.getKey())))
                .toList();
    }
}
