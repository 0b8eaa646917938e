package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NAMES = Map.of("042", "Make a visit", "057", "Sign formal agreement");
    private final Stories stories = Stories.english(c -> Optional.ofNullable(NAMES.get(c)));

    private static ObjectNode event(String id, String doc, String cameo, String src, String srcName, String tgt,
                                    String date, String place) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id).put("cameo", cameo).put("root", cameo.substring(0, 2));
        String precision = date == null ? null : date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year";
        e.put("date", date).put("date_precision", precision);
        e.putObject("source").put("key", src).put("name", srcName).put("id", src);
        e.putObject("target").put("key", tgt).put("name", tgt).put("id", tgt);
        if (place == null) {
            e.putNull("location");
        } else {
            e.putObject("location").put("name", place).put("country", "KAZ").put("id", place.toLowerCase());
        }
        e.putArray("mentions").addObject().put("doc_id", doc).put("sentence", 0).put("start", 0).put("end", 4);
        return e;
    }

    @Test
    void aStateVisitWithItsSigningIsOneStoryTitledFromTheVisit() {
        ObjectNode visit = event("a-e1", "a", "042", "CHN", "Xi Jinping", "KAZ", "2022-09-14", null);
        visit.withArray("mentions").addObject().put("doc_id", "b").put("sentence", 1).put("start", 0).put("end", 4);
        Stories.Result r = stories.group(List.of(visit,
                event("c-e2", "c", "057", "KAZ", "Kazakhstan", "CHN", "2022-09-15", "Astana")));
        assertThat(r.stories()).hasSize(1);
        Story s = r.stories().get(0);
        assertThat(s.id()).isEqualTo("story-a-e1");
        assertThat(s.title()).isEqualTo("Xi Jinping visits KAZ");
        assertThat(s.start()).contains("2022-09-14");
        assertThat(s.end()).contains("2022-09-15");
        assertThat(s.articles()).containsExactly("a", "b", "c");
        assertThat(s.events()).containsExactly("a-e1", "c-e2");
        assertThat(s.actors()).extracting(Story.Actor::key).containsExactly("CHN", "KAZ");
        assertThat(r.events()).allSatisfy(e -> assertThat(e.path("story").asText()).isEqualTo("story-a-e1"));
    }

    @Test
    void theSamePairTwoYearsApartIsTwoStories() {
        Stories.Result r = stories.group(List.of(event("a-e1", "a", "042", "CHN", "China", "KAZ", "2022-09-14", null),
                event("b-e1", "b", "042", "CHN", "China", "KAZ", "2024-07-02", null)));
        assertThat(r.stories()).hasSize(2);
    }

    @Test
    void aSummitJoinsTheMeetingsOfDifferentPairsAtOnePlaceButNotAnAttackThere() {
        Stories.Result r = stories.group(List.of(
                event("a-e1", "a", "040", "RUS", "Russia", "CHN", "2022-09-15", "Samarkand"),
                event("b-e1", "b", "040", "IND", "India", "PAK", "2022-09-16", "Samarkand"),
                event("c-e1", "c", "190", "KGZ", "Kyrgyzstan", "TJK", "2022-09-16", "Samarkand")));
        assertThat(r.stories()).extracting(s -> s.events().size()).containsExactly(2, 1);
    }

    @Test
    void anArticleTiesTogetherEventsThatShareAnActorOnNearDaysButNotItsBackground() {
        Stories.Result r = stories.group(List.of(
                event("a-e1", "a", "042", "CHN", "China", "KAZ", "2022-09-14", null),
                event("a-e2", "a", "051", "CHN", "China", "RUS", "2022-09-14", null),
                event("a-e3", "a", "057", "CHN", "China", "KAZ", "2005", null)));
        assertThat(r.stories()).extracting(s -> s.events().size()).containsExactly(2, 1);
        assertThat(r.stories().get(1).start()).isEmpty();
    }

    @Test
    void theStoryIdDoesNotChangeWhenALaterArticleIsAdded() {
        List<ObjectNode> before = List.of(event("a-e1", "a", "042", "CHN", "China", "KAZ", "2022-09-14", null));
        List<ObjectNode> after = List.of(event("0-e1", "0", "040", "CHN", "China", "KAZ", "2022-09-15", null),
                before.get(0));
        assertThat(stories.group(before).stories().get(0).id()).isEqualTo("story-a-e1");
        assertThat(stories.group(after).stories().get(0).id()).isEqualTo("story-a-e1");
    }

    @Test
    void emptyInputGivesNoStories() {
        assertThat(stories.group(List.of()).stories()).isEmpty();
    }

    @Test
    void randomEventsEachLandInExactlyOneStory() {
        Random r = new Random(5);
        String[] actors = {"CHN", "KAZ", "RUS", "UZB"};
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String date = r.nextInt(10) == 0 ? null : "2022-" + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
            events.add(event("d" + i + "-e1", "d" + r.nextInt(50), "04" + r.nextInt(6), actors[r.nextInt(4)], "x",
                    actors[r.nextInt(4)], date, r.nextBoolean() ? null : "P" + r.nextInt(3)));
        }
        Stories.Result out = stories.group(events);
        assertThat(out.stories().stream().mapToInt(s -> s.events().size()).sum()).isEqualTo(events.size());
        assertThat(out.events()).allSatisfy(e -> assertThat(e.path("story").asText()).startsWith("story-"));
    }

    @Test
    void aLineHoldsWhatTheSchemaRequires() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs/stories.schema.json").toFile());
        Story s = stories.group(List.of(event("a-e1", "a", "042", "CHN", "China", "KAZ", "2022-09-14", null)))
                .stories().get(0);
        ObjectNode line = StoryLines.json(s);
        schema.get("required").forEach(f -> assertThat(line.has(f.asText())).as(f.asText()).isTrue());
        line.fieldNames().forEachRemaining(f -> assertThat(schema.get("properties").has(f)).as(f).isTrue());
        assertThat(schema.get("x-schema-version").asText()).isEqualTo(StoryLines.SCHEMA_VERSION);
    }
}
