package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeExplanationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MergeExplanation explanation = new MergeExplanation(CrossDocumentMerge.bundled());

    private static ObjectNode event(String id, String doc, String cameo, String src, String tgt, String date,
                                    String country) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id).put("cameo", cameo).put("root", cameo.substring(0, 2));
        e.put("date", date).put("date_precision", date == null ? null : date.length() == 10 ? "day" : "month");
        e.putObject("source").put("key", src);
        e.putObject("target").put("key", tgt);
        if (country == null) {
            e.putNull("location");
        } else {
            e.putObject("location").put("name", "p").put("country", country);
        }
        e.putArray("mentions").addObject().put("doc_id", doc).put("sentence", 0).put("start", 0).put("end", 1);
        return e;
    }

    private final List<ObjectNode> pair = List.of(
            event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", null),
            event("b-e1", "b", "043", "KAZ", "CHN", "2022-09", null),
            event("c-e1", "c", "163", "CHN", "KAZ", "2022-09-14", null),
            event("d-e1", "d", "042", "CHN", "KAZ", "2022-09-15", null),
            event("e-e1", "e", "042", "CHN", "KAZ", null, null),
            event("f-e1", "f", "040", "CHN", "KAZ", "2022-09-14", "UZB"),
            event("g-e1", "g", "040", "CHN", "KAZ", "2022-09-14", "KAZ"));

    @Test
    void saysWhyEachTellingJoinedAndWhyEachNeighbourWasKeptApart() {
        MergeExplanation.Explained x = explanation.explain("b-e1", pair).orElseThrow();
        assertThat(x.eventId()).isEqualTo("a-e1");
        assertThat(x.joined()).extracting(j -> j.event().path("id").asText()).containsExactly("a-e1", "b-e1", "f-e1");
        assertThat(x.joined().get(1).why()).contains("codes 042 and 043 of group meeting", "less precise contains");
        assertThat(x.apart()).extracting(MergeExplanation.Apart::why).containsExactly(
                "codes 042 and 163 are not one group of coreferent-codes.tsv",
                "dates 2022-09-14 (day) and 2022-09-15 (day) cannot be one day",
                "undated tellings are never merged",
                "places in different countries (UZB / KAZ) (against f-e1)");
    }

    @Test
    void anUnknownIdIsNotExplained() {
        assertThat(explanation.explain("zzz", pair)).isEmpty();
        assertThat(explanation.explain("zzz", List.of())).isEmpty();
    }

    @Test
    void aDirectedCodeToldTheOtherWayIsKeptApartForItsDirection() {
        MergeExplanation.Explained x = explanation.explain("a-e1", List.of(
                event("a-e1", "a", "111", "RUS", "UKR", "2022-09-14", null),
                event("b-e1", "b", "111", "UKR", "RUS", "2022-09-14", null))).orElseThrow();
        assertThat(x.apart().get(0).why()).startsWith("code 111 is directed");
    }
}
