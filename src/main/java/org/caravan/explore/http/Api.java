package org.caravan.explore.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.caravan.explore.Article;
import org.caravan.explore.BadParameter;
import org.caravan.explore.EventFilter;
import org.caravan.explore.EventRow;
import org.caravan.explore.Page;
import org.caravan.explore.PageRequest;
import org.caravan.explore.Params;
import org.caravan.explore.ReadStore;
import org.caravan.explore.Snapshot;
import org.caravan.explore.Source;
import org.caravan.explore.StoryItem;
import org.caravan.explore.Views;
import org.caravan.explore.search.SearchQuery;
import org.caravan.explore.search.SearchService;

/**
 * The REST API's handlers (documented in {@code docs/openapi.json}): each reads and checks its parameters, asks a
 * view and renders JSON. Answers carry an ETag made of the catalog's version, so a client polling an unchanged
 * store gets 304. Thread-safe (the snapshot is immutable).
 */
final class Api {

    private static final Set<String> PAGED = union(EventFilter.PARAMETERS, Set.of("offset", "limit"));

    private final Supplier<Snapshot> snapshot;
    private final ReadStore store;
    private final SearchService search;

    Api(Supplier<Snapshot> snapshot, ReadStore store, SearchService search) {
        this.snapshot = snapshot;
        this.store = store;
        this.search = search;
    }

    void events(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), PAGED);
        Snapshot s = snapshot.get();
        send(ctx, s, Page.of(s.filter(EventFilter.from(p)), PageRequest.from(p, 100)));
    }

    void event(Context ctx) {
        Params.of(ctx.queryParamMap(), Set.of());
        Snapshot s = snapshot.get();
        String id = ctx.pathParam("id");
        send(ctx, s, s.event(id).orElseThrow(() -> new NotFound("no event " + id)));
    }

    /** Stories having an event that passes the filter, paged, in (start, id) order. */
    void stories(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), PAGED);
        Snapshot s = snapshot.get();
        List<com.fasterxml.jackson.databind.JsonNode> items = s.stories(EventFilter.from(p)).stream()
                .map(StoryItem::story).toList();
        send(ctx, s, Page.of(items, PageRequest.from(p, 100)));
    }

    /** One story with its events (merged, in the events' order) and its member articles. */
    record StoryView(com.fasterxml.jackson.databind.JsonNode story, List<EventRow> events, List<Source> articles) {
    }

    void story(Context ctx) {
        Params.of(ctx.queryParamMap(), Set.of());
        Snapshot s = snapshot.get();
        String id = ctx.pathParam("id");
        StoryItem story = s.story(id).orElseThrow(() -> new NotFound("no story " + id));
        List<EventRow> events = s.events().stream().filter(e -> e.story().equals(Optional.of(id))).toList();
        List<Source> articles = story.articles().stream().map(d -> s.documents().get(d))
                .filter(java.util.Objects::nonNull).toList();
        send(ctx, s, new StoryView(story.story(), events, articles));
    }

    /** A document with its events: every source linked to its events. */
    record DocumentSummary(Source document, int events) {
    }

    void documents(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), PAGED);
        EventFilter f = EventFilter.from(p);
        Snapshot s = snapshot.get();
        Map<String, Integer> counts = new TreeMap<>();
        if (f.equals(EventFilter.NONE)) {
            s.documents().keySet().forEach(id -> counts.put(id, 0));
        }
        for (EventRow e : s.filter(f)) {
            counts.merge(e.document().docId(), 1, Integer::sum);
        }
        List<DocumentSummary> docs = new ArrayList<>();
        counts.forEach((id, n) -> docs.add(new DocumentSummary(s.documents().get(id), n)));
        send(ctx, s, Page.of(docs, PageRequest.from(p, 100)));
    }

    /** The reader's document: clean text and the events told in it, with their evidence offsets. */
    record DocumentView(Source document, String text, List<EventRow> events) {
    }

    void document(Context ctx) {
        Params.of(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        Snapshot s = snapshot.get();
        Article a = store.article(id).orElseThrow(() -> new NotFound("no document " + id));
        List<EventRow> told = s.events().stream()
                .filter(e -> e.evidence().stream().anyMatch(m -> m.docId().equals(id))).toList();
        send(ctx, s, new DocumentView(a.source(), a.text(), told));
    }

    void actors(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), PAGED);
        Snapshot s = snapshot.get();
        send(ctx, s, Page.of(Views.actors(s.filter(EventFilter.from(p))), PageRequest.from(p, 100)));
    }

    /** The series of a dyad. */
    record Dyad(String a, String b, List<Views.Month> months) {
    }

    void dyad(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), union(EventFilter.PARAMETERS, Set.of("a", "b")));
        String a = p.get("a").orElseThrow(() -> new BadParameter("a", "required: the first actor"));
        String b = p.get("b").orElseThrow(() -> new BadParameter("b", "required: the second actor"));
        Snapshot s = snapshot.get();
        send(ctx, s, new Dyad(a, b, Views.dyad(s.filter(EventFilter.from(p)), a, b)));
    }

    void network(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), union(EventFilter.PARAMETERS, Set.of("max_edges")));
        Snapshot s = snapshot.get();
        send(ctx, s, Views.network(s.filter(EventFilter.from(p)), p.integer("max_edges", 100, 1, 1000)));
    }

    /** The events on one edge of the network (actor ids, either direction), paged. */
    void edge(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), union(PAGED, Set.of("a", "b")));
        String a = p.get("a").orElseThrow(() -> new BadParameter("a", "required: an actor id"));
        String b = p.get("b").orElseThrow(() -> new BadParameter("b", "required: an actor id"));
        Snapshot s = snapshot.get();
        List<EventRow> on = s.filter(EventFilter.from(p)).stream().filter(e -> Views.onEdge(e, a, b)).toList();
        send(ctx, s, Page.of(on, PageRequest.from(p, 100)));
    }

    void places(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), PAGED);
        Snapshot s = snapshot.get();
        send(ctx, s, Page.of(Views.places(s.filter(EventFilter.from(p))), PageRequest.from(p, 500)));
    }

    void timeline(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), EventFilter.PARAMETERS);
        Snapshot s = snapshot.get();
        send(ctx, s, Views.timeline(s.filter(EventFilter.from(p))));
    }

    void search(Context ctx) {
        Params p = Params.of(ctx.queryParamMap(), union(PAGED, Set.of("q", "kind")));
        String q = p.get("q").orElse("");
        Optional<String> kind = p.get("kind");
        if (kind.isPresent() && !Set.of("article", "event").contains(kind.get())) {
            throw new BadParameter("kind", "article or event, not " + kind.get());
        }
        SearchQuery query = new SearchQuery(q, kind, EventFilter.from(p), PageRequest.from(p, 20));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(Json.write(search.search(query)));
    }

    /** Answers the value as JSON, or 304 when the client's ETag is the current one. */
    private static void send(Context ctx, Snapshot s, Object value) {
        String etag = "\"v" + s.version() + "-" + Integer.toHexString(String.valueOf(ctx.queryString()).hashCode())
                + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(Json.write(value));
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
