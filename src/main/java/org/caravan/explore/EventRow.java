package org.caravan.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.caravan.events.CameoCode;
import org.caravan.events.CameoNames;
import org.caravan.events.Codebook;

/**
 * One stored event as the views read it: its coding, actors, place, evidence and the document it was coded from.
 *
 * @param cameoName the code's name in the CAMEO codebook ({@code events/cameo.tsv}), when the code is in it
 * @param cameoNameFr the code's French name ({@code events/cameo-names-fr.tsv}), when the code is in the codebook
 * @param date    ISO date truncated to its precision (YYYY, YYYY-MM or YYYY-MM-DD), when known
 * @param sources how many distinct documents tell it
 * @param story   the story it belongs to, when stories are stored
 * @param tellers every document that tells it, {@code document} first (several when the cross-document merge joined
 *                its tellings)
 */
public record EventRow(String id, String cameo, Optional<String> cameoName, Optional<String> cameoNameFr,
                       String root, int quadClass, double goldstein, Optional<String> date,
                       Actor source, Actor target, Optional<Place> place, List<Evidence> evidence,
                       Optional<String> text, double confidence, Source document, int sources,
                       Optional<String> story, List<Source> tellers) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Codebook CODEBOOK = Codebook.standard();
    private static final CameoNames FRENCH = CameoNames.french();

    public EventRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(cameoName, "cameoName");
        Objects.requireNonNull(cameoNameFr, "cameoNameFr");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(place, "place");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(story, "story");
        tellers = tellers.isEmpty() ? List.of(document) : List.copyOf(tellers);
    }

    /** The year and month of its date ("2022-09"), when its date is at least that precise. */
    public Optional<String> month() {
        return date.filter(d -> d.length() >= 7).map(d -> d.substring(0, 7));
    }

    /**
     * Reads one {@code events.jsonl} line (schema {@code docs/events.schema.json}) stored for a document.
     *
     * @throws IllegalArgumentException naming the event when the line is not a readable event
     */
    public static EventRow parse(String json, Source document) {
        return parse(json, List.of(document));
    }

    /**
     * Reads one event told by several documents (a merged event), {@code tellers} in the order of its mentions.
     *
     * @throws IllegalArgumentException naming the event when the line is not a readable event
     */
    public static EventRow parse(String json, List<Source> tellers) {
        Source document = tellers.get(0);
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("event of " + document.docId() + " is not JSON: " + e.getMessage(), e);
        }
        String id = text(n, "id").orElseThrow(() -> new IllegalArgumentException(
                "event of " + document.docId() + " has no id"));
        String cameo = text(n, "cameo").orElse("");
        String root = text(n, "root").orElse(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        List<Evidence> evidence = new ArrayList<>();
        Set<String> docs = new LinkedHashSet<>();
        for (JsonNode m : n.path("mentions")) {
            String doc = text(m, "doc_id").orElse(document.docId());
            docs.add(doc);
            if (m.path("start").isInt() && m.path("end").isInt() && m.path("start").asInt() <= m.path("end").asInt()
                    && m.path("start").asInt() >= 0) {
                evidence.add(new Evidence(doc, m.path("start").asInt(), m.path("end").asInt()));
            }
        }
        return new EventRow(id, cameo, CODEBOOK.get(cameo).map(CameoCode::name), FRENCH.name(cameo), root, n.path("quad_class").asInt(0),
                n.path("goldstein").asDouble(0),
                text(n, "date"), actor(n.path("source")), actor(n.path("target")), place(n.path("location")),
                evidence, text(n, "evidence"), n.path("confidence").asDouble(0), document, Math.max(1, docs.size()),
                text(n, "story"), tellers);
    }

    private static Actor actor(JsonNode a) {
        String name = text(a, "name").orElse("unknown");
        return new Actor(text(a, "id").orElse(name), name, text(a, "key"), text(a, "code").orElse("UNK"));
    }

    private static Optional<Place> place(JsonNode p) {
        if (!p.isObject() || !p.path("lat").isNumber() || !p.path("lon").isNumber()) {
            return Optional.empty();
        }
        String name = text(p, "name").orElse("");
        return Optional.of(new Place(text(p, "id").orElse(name), name, text(p, "country").orElse(""),
                p.path("lat").asDouble(), p.path("lon").asDouble()));
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }
}
