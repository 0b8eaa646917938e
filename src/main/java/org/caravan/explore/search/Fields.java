package org.caravan.explore.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.caravan.explore.Actor;
import org.caravan.explore.DateRange;
import org.caravan.explore.EventRow;
import org.caravan.explore.Source;

/**
 * The Lucene documents of the index: one per article (its clean text) and one per event (its evidence sentence),
 * with filter terms (lower case), points for dates and sources, and facet values. Stateless, thread-safe.
 */
final class Fields {

    static final String KIND = "kind";
    static final String DOC_ID = "doc_id";
    static final String EVENT_ID = "event_id";
    static final String TITLE = "title";
    static final String LABEL = "label";
    static final String LANG = "lang";
    static final String OUTLET = "outlet";
    static final String DATE = "date";
    static final String DAY = "day";
    static final String SOURCES = "sources";
    static final List<String> DIMS = List.of("lang", "outlet", "root", "quad", "actor", "country", "month", "place");

    private Fields() {
    }

    static FacetsConfig facets() {
        FacetsConfig c = new FacetsConfig();
        DIMS.forEach(d -> c.setMultiValued(d, true));
        return c;
    }

    static String filterField(String name) {
        return "f_" + name;
    }

    static Document article(Source s, String text, List<EventRow> events) {
        Document d = common("article", s);
        String lang = s.lang().orElse(LanguageAnalyzers.OTHER);
        d.add(new TextField(LanguageAnalyzers.field(lang), text, Field.Store.YES));
        d.add(new TextField(LanguageAnalyzers.FOLDED, text, Field.Store.NO));
        s.title().ifPresent(t -> d.add(new StoredField(TITLE, t)));
        s.published().ifPresent(p -> d.add(new StoredField(DATE, p)));
        s.published().flatMap(DateRange::parse).ifPresent(r -> d.add(new LongPoint(DAY, r.first().toEpochDay())));
        events.forEach(e -> eventTerms(d, e));
        return d;
    }

    static Document event(EventRow e, String sentence) {
        Document d = common("event", e.document());
        String lang = e.document().lang().orElse(LanguageAnalyzers.OTHER);
        d.add(new StringField(EVENT_ID, e.id(), Field.Store.YES));
        d.add(new TextField(LanguageAnalyzers.field(lang), sentence, Field.Store.YES));
        d.add(new TextField(LanguageAnalyzers.FOLDED, sentence, Field.Store.NO));
        e.document().title().ifPresent(t -> d.add(new StoredField(TITLE, t)));
        e.date().ifPresent(t -> d.add(new StoredField(DATE, t)));
        d.add(new StoredField(LABEL, e.source().name() + " → " + e.target().name() + ", " + e.cameo()
                + e.cameoName().map(n -> " " + n).orElse("")));
        eventTerms(d, e);
        return d;
    }

    private static Document common(String kind, Source s) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StringField(DOC_ID, s.docId(), Field.Store.YES));
        d.add(new StoredField(OUTLET, s.outlet()));
        s.lang().ifPresent(l -> d.add(new StoredField(LANG, l)));
        term(d, "lang", s.lang().orElse(LanguageAnalyzers.OTHER));
        facet(d, "lang", s.lang().orElse(LanguageAnalyzers.OTHER));
        term(d, "source", s.outlet());
        facet(d, "outlet", s.outlet());
        return d;
    }

    /** The filter terms and facet values of an event, added to its own document or its article's. */
    private static void eventTerms(Document d, EventRow e) {
        term(d, "root", e.root());
        facet(d, "root", e.root());
        term(d, "quad", Integer.toString(e.quadClass()));
        facet(d, "quad", Integer.toString(e.quadClass()));
        for (Actor a : List.of(e.source(), e.target())) {
            names(a).forEach(n -> term(d, "actor", n));
            facet(d, "actor", a.name());
            a.key().ifPresent(k -> facet(d, "country", k));
        }
        for (String s : names(e.source())) {
            for (String t : names(e.target())) {
                term(d, "pair", s + "|" + t);
                term(d, "pair", t + "|" + s);
            }
        }
        e.month().ifPresent(m -> facet(d, "month", m));
        e.date().flatMap(DateRange::parse).map(DateRange::first).map(LocalDate::toEpochDay)
                .ifPresent(day -> d.add(new LongPoint(DAY, day)));
        e.place().ifPresent(p -> {
            facet(d, "place", p.name());
            List.of(p.id(), p.name(), p.country()).forEach(v -> term(d, "place", v));
        });
        e.story().ifPresent(s -> term(d, "story", s));
        d.add(new IntPoint(SOURCES, e.sources()));
    }

    static Set<String> names(Actor a) {
        Set<String> n = new LinkedHashSet<>(List.of(a.id(), a.name()));
        a.key().ifPresent(n::add);
        return n;
    }

    private static void term(Document d, String name, String value) {
        if (!value.isBlank()) {
            d.add(new StringField(filterField(name), value.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    private static void facet(Document d, String dim, String value) {
        if (!value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    static Optional<String> sentence(EventRow e, String text) {
        if (e.text().isPresent()) {
            return e.text();
        }
        return e.evidence().stream().filter(m -> m.docId().equals(e.document().docId()) && m.end() <= text.length())
                .findFirst().map(m -> text.substring(m.start(), m.end()));
    }
}
