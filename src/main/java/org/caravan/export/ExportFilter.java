package org.caravan.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.caravan.explore.BadParameter;
import org.caravan.explore.EventFilter;
import org.caravan.explore.EventRow;
import org.caravan.explore.Params;
import org.caravan.explore.Source;
import org.caravan.store.EventRecord;
import org.caravan.store.Store;

/**
 * Which merged events an export keeps: the API's and the dashboard's own {@link EventFilter} (same parameters, same
 * checks, same meaning), applied to the merged event with all the documents telling it (so a language or outlet
 * filter keeps an event told in that language or by that outlet). A story filter needs the stories the store's merge
 * step made ({@link #in}), as the API reads them. Immutable, thread-safe.
 */
public final class ExportFilter implements Predicate<ExportedEvent> {

    public static final ExportFilter NONE = new ExportFilter(EventFilter.NONE);

    private final EventFilter filter;
    /** The story of each merged event (by id) of the story the filter names; empty without a story filter. */
    private final Map<String, String> storyOf;

    public ExportFilter(EventFilter filter) {
        this(filter, Map.of());
    }

    private ExportFilter(EventFilter filter, Map<String, String> storyOf) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.storyOf = Map.copyOf(storyOf);
    }

    /** This filter over a store: the events of the story it names, as the store's merge step grouped them. */
    public ExportFilter in(Store store) {
        if (filter.story().isEmpty()) {
            return this;
        }
        Map<String, String> stories = new HashMap<>();
        store.archive().stories(List.of(filter.story().get()))
                .forEach(s -> s.eventIds().forEach(id -> stories.put(id, s.storyId())));
        return new ExportFilter(filter, stories);
    }

    /**
     * Reads the filter from parameters named as in the API ({@link EventFilter#PARAMETERS}).
     *
     * @throws BadParameter naming the first unknown or bad parameter
     */
    public static ExportFilter parse(Map<String, List<String>> parameters) {
        return new ExportFilter(EventFilter.from(Params.of(parameters, EventFilter.PARAMETERS)));
    }

    @Override
    public boolean test(ExportedEvent e) {
        if (filter.equals(EventFilter.NONE)) {
            return true;
        }
        List<Source> tellers = e.members().stream().map(ExportFilter::source).toList();
        ObjectNode event = e.event();
        String story = storyOf.get(event.path("id").asText());
        if (story != null) {
            event = event.deepCopy().put("story", story);
        }
        return filter.test(EventRow.parse(event.toString(), tellers));
    }

    private static Source source(EventRecord r) {
        return new Source(r.docId(), Optional.empty(), ExportedEvent.outlet(r), r.url(), r.lang(),
                r.published(), Source.outletKnown(r.url(), r.docSource()));
    }
}
