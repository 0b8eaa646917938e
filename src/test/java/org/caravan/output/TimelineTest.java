package org.caravan.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.caravan.model.Document;
import org.caravan.model.Span;
import org.caravan.store.Fixtures;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static String line(String docId) {
        Document d = Fixtures.document(docId, "Xi Jinping est arrivé à Astana.");
        return org.caravan.output.Json.line(EventLines.json(Fixtures.visit(docId, docId + "-1", new Span(0, 2)), d));
    }

    @Test
    void sameEventToldByTwoDocumentsIsOneRowWithTwoSources() {
        Timeline t = new Timeline();
        t.add(line("a"));
        t.add(line("b"));
        assertThat(t.rows(EventNames.none())).containsExactly(
                new Timeline.Row("2022-09-14", "Xi Jinping", "042", "Kazakhstan", "Astana", 2));
    }

    @Test
    void eventNamesComeFromTheLookup() {
        Timeline t = new Timeline();
        t.add(line("a"));
        EventNames names = code -> code.equals("042") ? Optional.of("Make a visit") : Optional.empty();
        assertThat(t.rows(names).get(0).event()).isEqualTo("042 Make a visit");
    }

    @Test
    void undatedEventsComeLast() {
        Timeline t = new Timeline();
        t.add("{\"cameo\":\"010\",\"date\":null,\"source\":{\"name\":\"A\"},\"target\":{\"name\":\"B\"},"
                + "\"location\":null,\"mentions\":[{\"doc_id\":\"x\"}]}");
        t.add(line("a"));
        List<Timeline.Row> rows = t.rows(EventNames.none());
        assertThat(rows).extracting(Timeline.Row::date).containsExactly("2022-09-14", "?");
        assertThat(rows.get(1).place()).isEmpty();
    }

    @Test
    void printsAHeaderAndOneLinePerRow() {
        Timeline t = new Timeline();
        t.add(line("a"));
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s, true), EventNames.none(), 10);
        assertThat(s.toString().split("\\R")).hasSize(2);
        assertThat(s.toString()).contains("date").contains("Xi Jinping").contains("Astana");
    }

    @Test
    void emptyTimelineHasNoRows() {
        assertThat(new Timeline().isEmpty()).isTrue();
        assertThat(new Timeline().rows(EventNames.none())).isEmpty();
    }
}
