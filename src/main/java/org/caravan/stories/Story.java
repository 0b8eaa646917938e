package org.caravan.stories;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening or series told by one or more articles: a state visit with its talks and signings, a summit.
 *
 * @param id        stable id: {@code story-} and the id of its earliest event (earliest date, then smallest id)
 * @param mainEvent the event the title is made from (told by the most documents, then with the most mentions)
 * @param start     its first day ({@code YYYY-MM-DD}), when any event is dated to a month or better
 * @param end       its last day, likewise
 * @param actors    its main actors, most told first (at most {@value Stories#MAX_ACTORS})
 * @param events    the ids of its events, in the order given
 * @param articles  the documents that tell its events, in order of first telling
 */
public record Story(String id, String title, String mainEvent, Optional<String> start, Optional<String> end,
                    List<Actor> actors, List<String> events, List<String> articles) {

    /** An actor of a story: its key (CHN, SCO) and the name told most often for it. */
    public record Actor(String key, String name) {
        public Actor {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mainEvent, "mainEvent");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        articles = List.copyOf(articles);
    }
}
