package org.caravan.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.caravan.explore.BadParameter;
import org.caravan.explore.EventFilter;
import org.caravan.explore.EventRow;
import org.caravan.explore.Params;
import org.caravan.explore.Source;
import org.caravan.store.EventRecord;

/**
 * Which merged events an export keeps: the API's and the dashboard's own {@link EventFilter} (same parameters, same
 * checks, same meaning), applied to each telling of a merged event; the event is kept when one of its tellings passes
 * (so a language or outlet filter keeps an event told in that language or by that outlet). Immutable, thread-safe.
 */
public final class ExportFilter implements Predicate<ExportedEvent> {

    public static final ExportFilter NONE = new ExportFilter(EventFilter.NONE);

    private final EventFilter filter;

    public ExportFilter(EventFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
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
        EventRow row = EventRow.parse(e.event().toString(), source(e.first()));
        for (EventRecord r : e.members()) {
            if (filter.test(row.withDocument(source(r)))) {
                return true;
            }
        }
        return false;
    }

    private static Source source(EventRecord r) {
        return new Source(r.docId(), java.util.Optional.empty(), ExportedEvent.outlet(r), r.url(), r.lang(),
                r.published());
    }
}
