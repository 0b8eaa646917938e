package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.caravan.store.Fixtures;
import org.caravan.store.MergeArchive;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.caravan.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge step over a real H2 store: what each step touches, and batches in any order equal one step. */
class ArchiveMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACTORS = {"CHN", "KAZ", "RUS"};
    private static final String[] CODES = {"042", "043", "040", "051", "190", "036"};

    @TempDir
    Path dir;

    private final ArchiveMerge step = new ArchiveMerge(CrossDocumentMerge.bundled(), Stories.english(c -> Optional.empty()));

    private static ObjectNode telling(String doc, int n, String cameo, String src, String tgt, String date,
                                      String place) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", doc + "-e" + n).put("cameo", cameo).put("root", cameo.substring(0, 2));
        e.put("date", date).put("date_precision", date == null ? null : date.length() == 10 ? "day" : "month");
        e.putObject("source").put("key", src).put("name", src).put("id", src);
        e.putObject("target").put("key", tgt).put("name", tgt).put("id", tgt);
        if (place == null) {
            e.putNull("location");
        } else {
            e.putObject("location").put("id", place).put("name", place).put("country", "KAZ");
        }
        e.putArray("mentions").addObject().put("doc_id", doc).put("sentence", n).put("start", n * 10)
                .put("end", n * 10 + 5);
        e.put("confidence", 0.8);
        return e;
    }

    private static void save(Store store, String doc, List<ObjectNode> tellings) {
        StoredDocument d = StoredDocument.done(Fixtures.document(doc, "text of " + doc), "h-" + doc, "test");
        List<StoredEvent> events = tellings.stream().map(t -> new StoredEvent(t.path("id").asText(),
                t.path("cameo").asText(), Optional.ofNullable(t.path("date").textValue()), t.toString())).toList();
        store.save(d, events);
    }

    private static Map<String, String> state(Store store, List<String> docs) {
        Map<String, String> out = new TreeMap<>();
        store.archive().mergedTelling(docs).forEach(m -> out.put(m.row().eventId(),
                m.row().json() + " in " + m.storyId().orElse("-")));
        store.archive().scanStories(s -> out.put(s.storyId(), s.json()));
        return out;
    }

    @Test
    void anEmptyStepChangesNothing() {
        try (Store store = Store.open(dir.resolve("empty.db").toString())) {
            assertThat(step.update(store.archive())).isEqualTo(new ArchiveMerge.Result(0, 0, 0, 0));
            assertThat(store.archive().storyCount()).isZero();
        }
    }

    @Test
    void aNewDocumentRemergesOnlyTheBlocksItTells() {
        try (Store store = Store.open(dir.resolve("blocks.db").toString())) {
            save(store, "a", List.of(telling("a", 1, "042", "CHN", "KAZ", "2022-09-14", "astana"),
                    telling("a", 2, "190", "RUS", "KAZ", "2022-01-05", null)));
            save(store, "b", List.of(telling("b", 1, "051", "RUS", "CHN", "2023-05-02", null)));
            assertThat(step.update(store.archive()).blocks()).isEqualTo(3);

            save(store, "c", List.of(telling("c", 1, "043", "KAZ", "CHN", "2022-09", null)));
            ArchiveMerge.Result r = step.update(store.archive());

            assertThat(r.documents()).isEqualTo(1);
            assertThat(r.blocks()).isEqualTo(1);
            var visit = store.archive().mergedTelling(List.of("c"));
            assertThat(visit).singleElement().satisfies(m -> {
                assertThat(m.row().eventId()).isEqualTo("a-e1");
                assertThat(m.row().json()).contains("\"merged_from\":[\"a-e1\",\"c-e1\"]");
            });
            assertThat(step.update(store.archive()).documents()).isZero();
        }
    }

    @Test
    void aNewTellingRegroupsOnlyTheDenseRunOfDatesAroundIt() {
        try (Store store = Store.open(dir.resolve("bounded.db").toString())) {
            save(store, "a", List.of(telling("a", 1, "042", "CHN", "KAZ", "2022-09-01", null)));
            save(store, "b", List.of(telling("b", 1, "036", "CHN", "KAZ", "2022-09-20", null)));
            save(store, "c", List.of(telling("c", 1, "051", "CHN", "KAZ", "2022-10-15", null)));
            step.update(store.archive());
            assertThat(store.archive().storyCount()).isEqualTo(3);

            save(store, "d", List.of(telling("d", 1, "036", "CHN", "KAZ", "2022-09-21", null)));
            ArchiveMerge.Result r = step.update(store.archive());

            assertThat(r.stories()).as("only the story of 20 September is grouped again").isEqualTo(1);
            assertThat(store.archive().storyCount()).isEqualTo(3);
            assertThat(store.archive().mergedTelling(List.of("d"))).singleElement()
                    .satisfies(m -> assertThat(m.storyId()).contains("story-b-e1"));

            save(store, "e", List.of(telling("e", 1, "043", "KAZ", "CHN", "2022-09-03", null)));
            assertThat(step.update(store.archive()).stories()).isEqualTo(1);
            assertThat(store.archive().mergedTelling(List.of("e"))).singleElement()
                    .satisfies(m -> assertThat(m.storyId()).contains("story-a-e1"));
        }
    }

    @Test
    void randomDocumentsOverAYearInShuffledBatchesGiveWhatOneStepGives() {
        Random random = new Random(29);
        for (int round = 0; round < 4; round++) {
            Map<String, List<ObjectNode>> docs = new TreeMap<>();
            for (int d = 0; d < 40; d++) {
                String doc = "y" + random.nextInt(1000) + "-" + d;
                List<ObjectNode> t = new ArrayList<>();
                java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1).plusDays(random.nextInt(120));
                for (int n = 0; n <= random.nextInt(3); n++) {
                    String a = ACTORS[random.nextInt(3)];
                    String b = ACTORS[(java.util.Arrays.asList(ACTORS).indexOf(a) + 1 + random.nextInt(2)) % 3];
                    String date = random.nextInt(6) == 0 ? day.toString().substring(0, 7)
                            : day.minusDays(random.nextInt(4)).toString();
                    t.add(telling(doc, n, CODES[random.nextInt(CODES.length)], a, b, date,
                            random.nextInt(3) == 0 ? "astana" : null));
                }
                docs.put(doc, t);
            }
            assertBatchesEqualOneStep(docs, random, "year" + round);
        }
    }

    private void assertBatchesEqualOneStep(Map<String, List<ObjectNode>> docs, Random random, String name) {
        List<String> ids = new ArrayList<>(docs.keySet());
        try (Store one = Store.open(dir.resolve("one-" + name + ".db").toString());
             Store many = Store.open(dir.resolve("many-" + name + ".db").toString())) {
            ids.forEach(id -> save(one, id, docs.get(id)));
            step.update(one.archive());
            List<String> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i++) {
                save(many, shuffled.get(i), docs.get(shuffled.get(i)));
                if (i % 5 == 4 || i == shuffled.size() - 1) {
                    step.update(many.archive());
                }
            }
            assertThat(state(many, ids)).isEqualTo(state(one, ids));
        }
    }

    @Test
    void randomDocumentsInShuffledBatchesGiveWhatOneStepGives() {
        Random random = new Random(11);
        for (int round = 0; round < 3; round++) {
            Map<String, List<ObjectNode>> docs = new TreeMap<>();
            for (int d = 0; d < 25; d++) {
                String doc = "d" + random.nextInt(1000) + "-" + d;
                List<ObjectNode> t = new ArrayList<>();
                for (int n = 0; n <= random.nextInt(3); n++) {
                    String a = ACTORS[random.nextInt(3)];
                    String b = ACTORS[(java.util.Arrays.asList(ACTORS).indexOf(a) + 1 + random.nextInt(2)) % 3];
                    int day = 1 + random.nextInt(28);
                    String date = random.nextInt(5) == 0 ? "2022-09" : String.format("2022-09-%02d", day);
                    t.add(telling(doc, n, CODES[random.nextInt(CODES.length)], a, b, date,
                            random.nextBoolean() ? "astana" : null));
                }
                docs.put(doc, t);
            }
            List<String> ids = new ArrayList<>(docs.keySet());
            try (Store one = Store.open(dir.resolve("one" + round + ".db").toString());
                 Store many = Store.open(dir.resolve("many" + round + ".db").toString())) {
                ids.forEach(id -> save(one, id, docs.get(id)));
                step.update(one.archive());
                List<String> shuffled = new ArrayList<>(ids);
                Collections.shuffle(shuffled, random);
                for (int i = 0; i < shuffled.size(); i++) {
                    save(many, shuffled.get(i), docs.get(shuffled.get(i)));
                    if (i % 7 == 6 || i == shuffled.size() - 1) {
                        step.update(many.archive());
                    }
                }
                assertThat(state(many, ids)).isEqualTo(state(one, ids));
            }
        }
    }
}
