package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrossDocumentMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CrossDocumentMerge merge = CrossDocumentMerge.bundled();

    /** One event line as events.jsonl writes it, told in one sentence of document {@code doc}. */
    private static ObjectNode event(String id, String doc, String cameo, String src, String tgt, String date,
                                    String precision, String country) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id).put("cameo", cameo).put("root", cameo.substring(0, 2));
        if (date == null) {
            e.putNull("date").putNull("date_precision");
        } else {
            e.put("date", date).put("date_precision", precision);
        }
        e.putObject("source").put("key", src).put("id", src);
        e.putObject("target").put("key", tgt).put("id", tgt);
        if (country == null) {
            e.putNull("location");
        } else {
            e.putObject("location").put("name", "somewhere").put("country", country);
        }
        e.putArray("mentions").addObject().put("doc_id", doc).put("sentence", 0).put("start", 0).put("end", 4)
                .put("text", "told");
        e.put("confidence", 0.8);
        return e;
    }

    private static ObjectNode visit(String id, String doc, String date, String precision) {
        return event(id, doc, "042", "CHN", "KAZ", date, precision, null);
    }

    private static Telling told(String date, String published, String doc) {
        return Telling.of(visit(doc + "-e1", doc, date, "day")).in(java.util.Optional.ofNullable(published), doc, 0);
    }

    @Test
    void aTellingDatedItsArticlesDayJoinsOneOfTheDayBefore() {
        assertThat(merge.clusters(List.of(told("2022-09-14", "2022-09-14", "a"), told("2022-09-15", "2022-09-15", "b"))))
                .hasSize(1);
        assertThat(merge.whyJoined(told("2022-09-14", "2022-09-14", "a"), told("2022-09-15", "2022-09-15", "b")))
                .contains("publication day");
    }

    @Test
    void tellingsADayApartStayApartWhenNeitherIsItsArticlesDay() {
        assertThat(merge.clusters(List.of(told("2022-09-14", "2022-09-20", "a"), told("2022-09-15", "2022-09-20", "b"))))
                .hasSize(2);
        assertThat(merge.clusters(List.of(told("2022-09-13", "2022-09-13", "a"), told("2022-09-15", "2022-09-15", "b"))))
                .hasSize(2);
        assertThat(merge.whyApart(told("2022-09-13", null, "a"), told("2022-09-15", "2022-09-15", "b")))
                .hasValueSatisfying(w -> assertThat(w).contains("cannot be one day"));
    }

    @Test
    void aVisitToldByTwoOutletsIsOneEventWithBothMentions() {
        List<ObjectNode> out = merge.merge(List.of(visit("a-e1", "a", "2022-09-14", "day"),
                visit("b-e1", "b", "2022-09-14", "day")));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).path("id").asText()).isEqualTo("a-e1");
        assertThat(out.get(0).path("sources").asInt()).isEqualTo(2);
        assertThat(out.get(0).path("mentions")).hasSize(2);
        assertThat(out.get(0).path("merged_from").toString()).isEqualTo("[\"a-e1\",\"b-e1\"]");
        assertThat(out.get(0).path("confidence").asDouble()).isEqualTo(0.85);
        assertThat(out.get(0).path("num_mentions").asInt()).isEqualTo(2);
        assertThat(out.get(0).path("num_documents").asInt()).isEqualTo(2);
    }

    @Test
    void numSourcesCountsOutletsNotDocuments() {
        List<ObjectNode> cluster = List.of(visit("a-e1", "a", "2022-09-14", "day"), visit("b-e1", "b", "2022-09-14", "day"),
                visit("c-e1", "c", "2022-09-14", "day"));
        ObjectNode e = merge.assemble(cluster,
                t -> java.util.Optional.of(t.at("/mentions/0/doc_id").asText().equals("c") ? "tass.ru" : "reuters.com"));
        assertThat(e.path("num_documents").asInt()).isEqualTo(3);
        assertThat(e.path("num_sources").asInt()).isEqualTo(2);
        assertThat(e.path("unknown_outlet_documents").asInt()).isZero();
        assertThat(Outlets.known(java.util.Optional.of("https://www.reuters.com/world/x"), "feed.xml#3"))
                .hasValue("reuters.com");
        assertThat(Outlets.known(java.util.Optional.empty(), "/data/feeds/tass.xml#12")).hasValue("tass.xml");
    }

    @Test
    void documentsOfUnknownOutletAreNotCountedAsOutletsOfTheirOwn() {
        assertThat(Outlets.known(java.util.Optional.empty(), "/data/corpus/news.jsonl:12")).isEmpty();
        assertThat(Outlets.known(java.util.Optional.empty(), "/data/article.txt")).isEmpty();
        List<ObjectNode> cluster = List.of(visit("a-e1", "a", "2022-09-14", "day"), visit("b-e1", "b", "2022-09-14", "day"),
                visit("c-e1", "c", "2022-09-14", "day"));
        ObjectNode oneKnown = merge.assemble(cluster, t -> t.at("/mentions/0/doc_id").asText().equals("a")
                ? java.util.Optional.of("tass.ru") : java.util.Optional.empty());
        assertThat(oneKnown.path("num_sources").asInt()).isEqualTo(1);
        assertThat(oneKnown.path("unknown_outlet_documents").asInt()).isEqualTo(2);
        assertThat(Outlets.known(java.util.Optional.empty(), java.util.Optional.of("https://www.lemonde.fr/"), "x.jsonl:1"))
                .hasValue("lemonde.fr");
        assertThat(Outlets.known(java.util.Optional.empty(), java.util.Optional.of("www.tass.ru"), "x.jsonl:2"))
                .hasValue("tass.ru");
        assertThat(Outlets.known(java.util.Optional.empty(), java.util.Optional.of("Le Monde"), "x.jsonl:3"))
                .hasValue("Le Monde");
        assertThat(Outlets.known(java.util.Optional.of("https://rfi.fr/a"), java.util.Optional.of("Le Monde"), "x.jsonl:4"))
                .hasValue("rfi.fr");
        ObjectNode noneKnown = merge.assemble(cluster, t -> java.util.Optional.empty());
        assertThat(noneKnown.path("num_sources").asInt()).isEqualTo(1);
        assertThat(noneKnown.path("unknown_outlet_documents").asInt()).isEqualTo(3);
    }

    @Test
    void theHostingAndTheTalksOfAVisitJoinTheVisitWhateverTheDirection() {
        List<ObjectNode> out = merge.merge(List.of(visit("fr-e1", "fr", "2022-09-14", "day"),
                event("en-e3", "en", "043", "KAZ", "CHN", "2022-09-14", "day", null),
                event("ru-e2", "ru", "040", "KAZ", "CHN", "2022-09", "month", null)));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).path("sources").asInt()).isEqualTo(3);
        assertThat(out.get(0).path("date").asText()).isEqualTo("2022-09-14");
    }

    @Test
    void aMonthTellingJoinsADayInsideItButNotADayOutside() {
        assertThat(merge.merge(List.of(visit("a-e1", "a", "2022-09", "month"), visit("b-e1", "b", "2022-09-14", "day"))))
                .hasSize(1);
        assertThat(merge.merge(List.of(visit("a-e1", "a", "2022-10", "month"), visit("b-e1", "b", "2022-09-14", "day"))))
                .hasSize(2);
        assertThat(merge.merge(List.of(visit("a-e1", "a", "2022-09-15", "day"), visit("b-e1", "b", "2022-09-14", "day"))))
                .hasSize(2);
    }

    /** One telling of {@code cameo} from {@code src} to {@code tgt}, in the canonical place of its article. */
    private static Telling told(String doc, String cameo, String src, String tgt, String date, String published) {
        return Telling.of(event(doc + "-e1", doc, cameo, src, tgt, date, "day", null))
                .in(java.util.Optional.of(published), doc, 0);
    }

    @Test
    void theSeedsSupportForKazakhstanToldByTwoOutletsIsOneEventOnceBothTargetsAreKazakhstan() {
        // outlet 000 (published on the 14th) and outlet 001 (the 15th, its telling dated its own day) tell China's
        // support (051) for Kazakhstan; with the dyads right the merge joins them, as the gold's second story wants.
        Telling first = told("000", "051", "CHN", "KAZ", "2022-09-14", "2022-09-14");
        Telling second = told("001", "051", "CHN", "KAZ", "2022-09-15", "2022-09-15");
        assertThat(merge.clusters(List.of(second, first))).hasSize(1);
        assertThat(merge.whyApart(first, second)).isEmpty();
    }

    @Test
    void theSameSupportCodedTowardsAnotherTargetStaysApart() {
        // "l'allié traditionnel de Moscou" read as Russia: another actor pair is another happening.
        Telling wrong = told("000", "051", "CHN", "RUS", "2022-09-14", "2022-09-14");
        Telling second = told("001", "051", "CHN", "KAZ", "2022-09-15", "2022-09-15");
        assertThat(merge.clusters(List.of(wrong, second))).hasSize(2);
        assertThat(merge.whyApart(wrong, second)).hasValueSatisfying(w -> assertThat(w).startsWith("other actors"));
    }

    @Test
    void aTellingDatedItsArticlesDayDoesNotJoinOneAWeekBefore() {
        // two phone calls a week apart: the second article's call, dated its own day, is not the first call
        assertThat(merge.clusters(List.of(told("a", "040", "RUS", "KAZ", "2024-03-04", "2024-03-04"),
                told("b", "040", "RUS", "KAZ", "2024-03-11", "2024-03-11")))).hasSize(2);
        assertThat(merge.clusters(List.of(told("a", "040", "RUS", "KAZ", "2024-03-09", "2024-03-10"),
                told("b", "040", "RUS", "KAZ", "2024-03-11", "2024-03-11")))).hasSize(2);
    }

    @Test
    void undatedTellingsAreNeverMerged() {
        assertThat(merge.merge(List.of(visit("a-e1", "a", null, null), visit("b-e1", "b", null, null)))).hasSize(2);
    }

    @Test
    void aVisitAndASanctionOfTheSamePairStayApart() {
        assertThat(merge.merge(List.of(visit("a-e1", "a", "2022-09-14", "day"),
                event("b-e1", "b", "163", "CHN", "KAZ", "2022-09-14", "day", null)))).hasSize(2);
    }

    @Test
    void aDirectedCodeMergesOnlyInItsOwnDirection() {
        assertThat(merge.merge(List.of(event("a-e1", "a", "111", "RUS", "UKR", "2022-09-14", "day", null),
                event("b-e1", "b", "111", "UKR", "RUS", "2022-09-14", "day", null)))).hasSize(2);
        assertThat(merge.merge(List.of(event("a-e1", "a", "057", "RUS", "UKR", "2022-09-14", "day", null),
                event("b-e1", "b", "057", "UKR", "RUS", "2022-09-14", "day", null)))).hasSize(1);
    }

    @Test
    void placesInDifferentCountriesKeepTellingsApart() {
        assertThat(merge.merge(List.of(event("a-e1", "a", "040", "CHN", "KAZ", "2022-09-14", "day", "KAZ"),
                event("b-e1", "b", "040", "CHN", "KAZ", "2022-09-14", "day", "UZB")))).hasSize(2);
        assertThat(merge.merge(List.of(event("a-e1", "a", "040", "CHN", "KAZ", "2022-09-14", "day", "KAZ"),
                event("b-e1", "b", "040", "CHN", "KAZ", "2022-09-14", "day", null)))).hasSize(1);
    }

    @Test
    void anEventToldOnceKeepsItsIdAndCountsOneSource() {
        List<ObjectNode> out = merge.merge(List.of(visit("a-e1", "a", "2022-09-14", "day")));
        assertThat(out.get(0).path("id").asText()).isEqualTo("a-e1");
        assertThat(out.get(0).path("sources").asInt()).isEqualTo(1);
        assertThat(out.get(0).has("merged_from")).isFalse();
    }

    @Test
    void emptyInputGivesNoEvents() {
        assertThat(merge.merge(List.of())).isEmpty();
    }

    @Test
    void theInputIsNotModified() {
        ObjectNode a = visit("a-e1", "a", "2022-09-14", "day");
        String before = a.toString();
        merge.merge(List.of(a, visit("b-e1", "b", "2022-09-14", "day")));
        assertThat(a.toString()).isEqualTo(before);
    }

    @Test
    void randomEventsKeepEveryMentionAndGroupTheSameWayInAnyOrder() {
        Random r = new Random(11);
        String[] codes = {"040", "042", "043", "051", "111", "163", "190"};
        String[] actors = {"CHN", "KAZ", "RUS", "UZB"};
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String day = "2022-09-" + (10 + r.nextInt(3));
            boolean month = r.nextInt(4) == 0;
            events.add(event("d" + i + "-e1", "d" + i, codes[r.nextInt(codes.length)], actors[r.nextInt(4)],
                    actors[r.nextInt(4)], month ? "2022-09" : day, month ? "month" : "day", null));
        }
        List<ObjectNode> out = merge.merge(events);
        int mentions = out.stream().mapToInt(e -> e.path("mentions").size()).sum();
        assertThat(mentions).isEqualTo(events.size());
        assertThat(out).allSatisfy(e -> assertThat(e.path("sources").asInt()).isPositive());

        List<ObjectNode> dayOnly = events.stream().filter(e -> e.path("date_precision").asText().equals("day")).toList();
        List<ObjectNode> shuffled = new ArrayList<>(dayOnly);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(groups(merge.merge(shuffled))).isEqualTo(groups(merge.merge(dayOnly)));
    }

    /** The merged events as sets of the ids they joined. */
    private static Set<String> groups(List<ObjectNode> out) {
        Set<String> g = new TreeSet<>();
        for (ObjectNode e : out) {
            Set<String> ids = new TreeSet<>();
            if (e.has("merged_from")) {
                e.path("merged_from").forEach(x -> ids.add(x.asText()));
            } else {
                ids.add(e.path("id").asText());
            }
            g.add(ids.stream().collect(Collectors.joining(",")));
        }
        return g;
    }
}
