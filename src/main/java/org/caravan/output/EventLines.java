package org.caravan.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.PartialDate;
import org.caravan.model.PlaceRef;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.store.StoredEvent;

/**
 * Writes events as lines of {@code events.jsonl}, schema version {@value #SCHEMA_VERSION}
 * ({@code docs/events.schema.json}). Thread-safe (stateless).
 */
public final class EventLines {

    /** The version of {@code docs/events.schema.json} these lines follow. */
    public static final String SCHEMA_VERSION = "1.3";

    private static final int MAX_EVIDENCE = 1000;

    private EventLines() {
    }

    /** The events of a processed document, ready for the store. */
    public static List<StoredEvent> stored(Document d) {
        return d.events().stream()
                .map(e -> new StoredEvent(e.id(), e.cameo(), e.date().map(PartialDate::iso), Json.line(json(e, d))))
                .toList();
    }

    /** One event as a JSON object; {@code d} is the document it was coded from, for the evidence text. */
    public static ObjectNode json(Event e, Document d) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("cameo", e.cameo());
        o.put("root", e.root());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("date", e.date().map(PartialDate::iso).orElse(null));
        o.put("date_precision", e.date().map(p -> p.precision().label()).orElse(null));
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.set("location", e.location().map(EventLines::place).orElse(null));
        ArrayNode mentions = o.putArray("mentions");
        e.mentions().forEach(m -> mentions.add(mention(m, d)));
        o.put("confidence", e.confidence());
        o.put("evidence", evidence(e, d).orElse(null));
        e.group().ifPresent(g -> o.put("group", g));
        return o;
    }

    private static ObjectNode actor(ActorRef a) {
        ObjectNode o = Json.object();
        o.put("name", a.name());
        o.put("key", a.key().orElse(null));
        o.put("code", a.code());
        o.put("id", a.id());
        return o;
    }

    private static ObjectNode place(PlaceRef p) {
        ObjectNode o = Json.object();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("id", p.id());
        return o;
    }

    private static ObjectNode mention(EventMention m, Document d) {
        ObjectNode o = Json.object();
        o.put("doc_id", m.docId());
        o.put("sentence", m.sentence());
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        m.trigger().ifPresent(t -> o.put("trigger_start", t.start()).put("trigger_end", t.end()));
        if (m.docId().equals(d.id()) && m.span().end() <= d.text().length()) {
            o.put("text", m.span().of(d.text()));
        }
        return o;
    }

    /** The sentence of the first mention told in this document, else the text of that mention. */
    private static Optional<String> evidence(Event e, Document d) {
        for (EventMention m : e.mentions()) {
            if (!m.docId().equals(d.id()) || m.span().end() > d.text().length()) {
                continue;
            }
            Span s = sentenceSpan(d, m).orElse(m.span());
            String text = s.of(d.text()).strip().replaceAll("\\s+", " ");
            return Optional.of(text.length() > MAX_EVIDENCE ? text.substring(0, MAX_EVIDENCE) + "…" : text);
        }
        return Optional.empty();
    }

    private static Optional<Span> sentenceSpan(Document d, EventMention m) {
        List<Sentence> sentences = d.sentences();
        if (m.sentence() < 0 || m.sentence() >= sentences.size()) {
            return Optional.empty();
        }
        Span s = sentences.get(m.sentence()).span();
        return s.contains(m.span()) ? Optional.of(s) : Optional.empty();
    }
}
