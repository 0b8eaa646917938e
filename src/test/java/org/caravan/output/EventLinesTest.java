package org.caravan.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.PartialDate;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.store.Fixtures;
import org.caravan.store.StoredEvent;
import org.junit.jupiter.api.Test;

class EventLinesTest {

    private static final String TEXT = "Xi Jinping est arrivé à Astana. Tokaïev l'a accueilli.";

    private static Document documentWithVisit() {
        Document d = Fixtures.document("000", TEXT).withNlp(
                List.of(new Sentence(0, new Span(0, 31), 0, 0), new Sentence(1, new Span(32, 54), 0, 0)),
                List.of(), List.of(), List.of(), java.util.Set.of());
        return d.withEvents(List.of(Fixtures.visit("000", "000-e1", new Span(11, 21))));
    }

    @Test
    void eventLineHasEveryFieldOfTheSchema() {
        Document d = documentWithVisit();
        JsonNode e = EventLines.json(d.events().get(0), d);

        assertThat(e.get("id").asText()).isEqualTo("000-e1");
        assertThat(e.get("cameo").asText()).isEqualTo("042");
        assertThat(e.get("root").asText()).isEqualTo("04");
        assertThat(e.get("quad_class").asInt()).isEqualTo(1);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(e.get("date").asText()).isEqualTo("2022-09-14");
        assertThat(e.get("date_precision").asText()).isEqualTo("day");
        assertThat(e.get("source").get("name").asText()).isEqualTo("Xi Jinping");
        assertThat(e.get("source").get("key").asText()).isEqualTo("CHN");
        assertThat(e.get("source").get("code").asText()).isEqualTo("CHNGOV");
        assertThat(e.get("target").get("key").asText()).isEqualTo("KAZ");
        assertThat(e.get("location").get("name").asText()).isEqualTo("Astana");
        assertThat(e.get("location").get("country").asText()).isEqualTo("KAZ");
        assertThat(e.get("location").get("lat").asDouble()).isEqualTo(51.17);
        JsonNode m = e.get("mentions").get(0);
        assertThat(m.get("doc_id").asText()).isEqualTo("000");
        assertThat(m.get("sentence").asInt()).isZero();
        assertThat(TEXT.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo("est arrivé");
        assertThat(m.get("text").asText()).isEqualTo("est arrivé");
        assertThat(e.get("confidence").asDouble()).isEqualTo(0.8);
        assertThat(e.get("evidence").asText()).isEqualTo("Xi Jinping est arrivé à Astana.");
    }

    @Test
    void unknownDatePlaceAndKeyAreNull() {
        Document d = Fixtures.document("d", TEXT);
        Event e = new Event("d-1", "112", "11", 3, -2.0, Optional.empty(), ActorRef.unknown(), ActorRef.unknown(),
                Optional.empty(), List.of(new EventMention("d", 5, new Span(0, 2))), 0.5);
        JsonNode j = EventLines.json(e, d);

        assertThat(j.get("date").isNull()).isTrue();
        assertThat(j.get("date_precision").isNull()).isTrue();
        assertThat(j.get("location").isNull()).isTrue();
        assertThat(j.get("source").get("key").isNull()).isTrue();
        assertThat(j.get("source").get("code").asText()).isEqualTo("UNK");
        assertThat(j.get("evidence").asText()).as("no such sentence: the mention's own text").isEqualTo("Xi");
    }

    @Test
    void monthPrecisionDateIsTruncated() {
        Document d = Fixtures.document("d", TEXT);
        Event e = new Event("d-1", "042", "04", 1, 1.9, Optional.of(PartialDate.month(2023, 11)), ActorRef.unknown(),
                ActorRef.unknown(), Optional.empty(), List.of(), 0.5);
        JsonNode j = EventLines.json(e, d);
        assertThat(j.get("date").asText()).isEqualTo("2023-11");
        assertThat(j.get("date_precision").asText()).isEqualTo("month");
        assertThat(j.get("evidence").isNull()).isTrue();
    }

    @Test
    void storedEventsCarryTheirLineAndQueryColumns() {
        List<StoredEvent> stored = EventLines.stored(documentWithVisit());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).cameo()).isEqualTo("042");
        assertThat(stored.get(0).date()).contains("2022-09-14");
        assertThat(stored.get(0).json()).startsWith("{\"id\":\"000-e1\",\"cameo\":\"042\"").doesNotContain("\n");
    }

    @Test
    void documentWithoutEventsGivesNoLines() {
        assertThat(EventLines.stored(Fixtures.document("d", ""))).isEmpty();
    }

    @Test
    void lineHoldsEveryPropertyThatTheJsonSchemaRequires() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/events.schema.json").toFile());
        Document d = documentWithVisit();
        JsonNode e = EventLines.json(d.events().get(0), d);

        schema.get("required").forEach(f -> assertThat(e.has(f.asText())).as(f.asText()).isTrue());
        schema.get("$defs").get("actor").get("required")
                .forEach(f -> assertThat(e.get("source").has(f.asText())).as("source." + f.asText()).isTrue());
        schema.get("$defs").get("place").get("required")
                .forEach(f -> assertThat(e.get("location").has(f.asText())).as("location." + f.asText()).isTrue());
        schema.get("$defs").get("mention").get("required").forEach(
                f -> assertThat(e.get("mentions").get(0).has(f.asText())).as("mention." + f.asText()).isTrue());
        e.fieldNames().forEachRemaining(f -> assertThat(schema.get("properties").has(f)).as(f).isTrue());
        assertThat(schema.get("x-schema-version").asText()).isEqualTo(EventLines.SCHEMA_VERSION);
    }
}
