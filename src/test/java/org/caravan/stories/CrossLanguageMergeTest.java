package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-looking short reports of one happening in two languages (fr/en, en/ru, de/es) become one event with both
 * articles and both outlets, through the whole pipeline and the merge step; different happenings of the same pair
 * (Xi's visits to Kazakhstan in 2022 and 2024, two phone calls a week apart) stay apart.
 * Fixture: {@code src/test/resources/stories/cross-language.jsonl}.
 */
class CrossLanguageMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> EVENTS = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void analyze() throws IOException {
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("analyze",
                Path.of("src/test/resources/stories/cross-language.jsonl").toAbsolutePath().toString(),
                "--db", dir.resolve("xl.db").toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            EVENTS.add(JSON.readTree(line));
        }
    }

    private static Set<String> docs(JsonNode e) {
        Set<String> out = new TreeSet<>();
        e.path("mentions").forEach(m -> out.add(m.path("doc_id").asText()));
        return out;
    }

    /** The events of a pair with a code of the visit group (040-046), by the documents telling them. */
    private static List<Set<String>> visits(String a, String b) {
        return EVENTS.stream().filter(e -> Set.of(a, b).equals(Set.of(e.at("/source/key").asText(),
                e.at("/target/key").asText())) && e.path("cameo").asText().startsWith("04"))
                .map(CrossLanguageMergeTest::docs).toList();
    }

    private static JsonNode toldBy(String doc, String cameoPrefix) {
        return EVENTS.stream().filter(e -> docs(e).contains(doc) && e.path("cameo").asText().startsWith(cameoPrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + cameoPrefix + " told by " + doc));
    }

    @Test
    void aFrenchAndAnEnglishReportOfOneVisitAreOneEvent() {
        assertThat(visits("CHN", "KAZ")).contains(Set.of("xl-fr-visit", "xl-en-visit"));
        JsonNode e = toldBy("xl-fr-visit", "042");
        assertThat(e.path("num_documents").asInt()).isEqualTo(2);
        assertThat(e.path("num_sources").asInt()).isEqualTo(2);
        assertThat(e.path("date").asText()).isEqualTo("2024-07-02");
    }

    @Test
    void anEnglishAndARussianReportOfOneVisitAreOneEvent() {
        assertThat(visits("RUS", "UZB")).containsExactly(Set.of("xl-en-tashkent", "xl-ru-tashkent"));
        assertThat(toldBy("xl-ru-tashkent", "04").path("num_sources").asInt()).isEqualTo(2);
    }

    @Test
    void aGermanAndASpanishReportOfOneVisitAreOneEvent() {
        assertThat(visits("DEU", "KAZ")).containsExactly(Set.of("xl-de-astana", "xl-es-astana"));
        assertThat(toldBy("xl-es-astana", "04").path("num_sources").asInt()).isEqualTo(2);
    }

    @Test
    void xisVisitsOf2022And2024StayTwoEvents() {
        JsonNode v2022 = toldBy("xl-en-visit-2022", "042");
        assertThat(docs(v2022)).containsExactly("xl-en-visit-2022");
        assertThat(v2022.path("id").asText()).isNotEqualTo(toldBy("xl-en-visit", "042").path("id").asText());
    }

    @Test
    void twoPhoneCallsAWeekApartStayTwoEvents() {
        JsonNode first = toldBy("xl-en-call-1", "04");
        JsonNode second = toldBy("xl-en-call-2", "04");
        assertThat(first.path("id").asText()).isNotEqualTo(second.path("id").asText());
        assertThat(docs(first)).containsExactly("xl-en-call-1");
        assertThat(docs(second)).containsExactly("xl-en-call-2");
    }
}
