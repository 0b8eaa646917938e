package org.caravan.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.DateOrigin;
import org.caravan.model.Published;
import org.caravan.model.Document;
import org.caravan.store.EventRecord;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.caravan.store.StoredEvent;

/** Tiny events and stores for the export tests: lines of the events.jsonl schema, written by hand. */
final class ExportFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportFixtures() {
    }

    /** An event line: {@code source} and {@code target} are actor keys (CHN, KAZ, UN), coded as their government. */
    static ObjectNode event(String id, String doc, String cameo, String source, String target, String date,
                            String precision, String placeCountry) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("id", id);
        e.put("cameo", cameo);
        e.put("root", cameo.substring(0, 2));
        e.put("quad_class", cameo.startsWith("0") && cameo.compareTo("06") < 0 ? 1 : 4);
        e.put("goldstein", 1.9);
        if (date == null) {
            e.putNull("date");
            e.putNull("date_precision");
        } else {
            e.put("date", date);
            e.put("date_precision", precision);
        }
        actor(e.putObject("source"), source);
        actor(e.putObject("target"), target);
        if (placeCountry == null) {
            e.putNull("location");
        } else {
            ObjectNode l = e.putObject("location");
            l.put("name", "Astana").put("country", placeCountry).put("lat", 51.17).put("lon", 71.45).put("id", "astana");
        }
        ObjectNode m = e.putArray("mentions").addObject();
        m.put("doc_id", doc).put("sentence", 1).put("start", 10).put("end", 20).put("text", "a visité");
        e.put("confidence", 0.8);
        e.put("evidence", "Xi Jinping a visité le Kazakhstan.");
        return e;
    }

    private static void actor(ObjectNode a, String key) {
        boolean country = key.length() == 3 && !key.equals("ICC");
        a.put("name", key.equals("CHN") ? "Xi Jinping" : key);
        a.put("key", key);
        a.put("code", country ? key + "GOV" : key);
        a.put("id", key);
    }

    /** Saves a document with its events (in order) in the store; the document's language is French. */
    static void save(Store store, String doc, String url, ObjectNode... events) {
        Metadata m = new Metadata("inbox/" + doc + ".html", Optional.ofNullable(url), Optional.of("Title " + doc),
                Optional.of(new Published(PartialDate.month(2022, 9), DateOrigin.DATELINE)));
        Document d = Document.of(doc, m, "Xi Jinping a visité le Kazakhstan.").withLang("fr");
        List<StoredEvent> stored = new ArrayList<>();
        for (ObjectNode e : events) {
            stored.add(new StoredEvent(e.get("id").asText(), e.get("cameo").asText(),
                    Optional.ofNullable(e.get("date").isNull() ? null : e.get("date").asText()), e.toString()));
        }
        store.save(StoredDocument.done(d, "hash-" + doc, "test"), stored);
    }

    /** An exported event made of one stored event, for the sink tests. */
    static ExportedEvent exported(long number, ObjectNode event, String lang, String url) {
        EventRecord r = new EventRecord(number, event.path("mentions").path(0).path("doc_id").asText(),
                event.toString(), "inbox/a.html", Optional.ofNullable(url), Optional.ofNullable(lang),
                Optional.of("2022-09"), 1200, Instant.parse("2024-07-03T10:15:30Z"));
        ObjectNode e = event.deepCopy();
        e.put("sources", 1);
        return new ExportedEvent(number, e, List.of(r));
    }

    static Store openStore(Path dir) {
        return Store.open(dir.resolve("db").toString());
    }
}
