package org.caravan.explore.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REST API over a real store holding the analyzed seeds and the untrusted article; each store kind (H2,
 * PostgreSQL) runs it by providing {@link #fixture()}.
 */
abstract class ExploreApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract ExploreFixture fixture();

    JsonNode json(String path) {
        HttpResponse<String> r = fixture().get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(path + " is not JSON: " + r.body(), e);
        }
    }

    JsonNode error(String path, int status) {
        HttpResponse<String> r = fixture().get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        try {
            JsonNode n = JSON.readTree(r.body());
            assertThat(n.path("status").asInt()).isEqualTo(status);
            assertThat(r.body()).doesNotContain("at org.", "Exception");
            return n;
        } catch (IOException e) {
            throw new AssertionError(path + " error is not JSON: " + r.body(), e);
        }
    }

    @Test
    void eventsListsTheStoredEventsInAStableOrderPageByPage() {
        JsonNode all = json("/api/events?limit=500");
        assertThat(all.path("total").asInt()).isGreaterThan(10);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.path("total").asInt(); offset += 7) {
            json("/api/events?limit=7&offset=" + offset).path("items").forEach(e -> paged.add(e.path("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        all.path("items").forEach(e -> whole.add(e.path("id").asText()));
        assertThat(paged).isEqualTo(whole).doesNotHaveDuplicates();
    }

    @Test
    void everyFilterKeepsOnlyTheEventsItNames() {
        json("/api/events?limit=500&actor=CHN").path("items").forEach(e -> assertThat(
                e.path("source").path("key").asText() + e.path("target").path("key").asText()).contains("CHN"));
        JsonNode pair = json("/api/events?limit=500&pair=CHN,RUS");
        assertThat(pair.path("total").asInt()).isPositive();
        pair.path("items").forEach(e -> assertThat(List.of(e.path("source").path("key").asText(),
                e.path("target").path("key").asText())).containsExactlyInAnyOrder("CHN", "RUS"));
        json("/api/events?limit=500&root=04").path("items").forEach(e -> assertThat(e.path("root").asText())
                .isEqualTo("04"));
        assertThat(json("/api/events?limit=500&root=04").path("items")).allSatisfy(e -> assertThat(
                e.path("cameo_name").asText()).as("the codebook's name of " + e.path("cameo").asText()).isNotBlank());
        assertThat(json("/api/events?limit=500&root=04").path("items")).allSatisfy(e -> assertThat(
                e.path("cameo_name_fr").asText()).as("the French name of " + e.path("cameo").asText()).isNotBlank()
                .isNotEqualTo(e.path("cameo_name").asText()));
        json("/api/events?limit=500&quad=1").path("items").forEach(e -> assertThat(e.path("quad_class").asInt())
                .isEqualTo(1));
        JsonNode dated = json("/api/events?limit=500&from=2024-01&to=2024-12-31");
        assertThat(dated.path("total").asInt()).isPositive();
        dated.path("items").forEach(e -> assertThat(e.path("date").asText()).startsWith("2024"));
        JsonNode astana = json("/api/events?limit=500&place=astana");
        assertThat(astana.path("total").asInt()).isPositive();
        astana.path("items").forEach(e -> assertThat(e.path("place").path("name").asText()).isEqualTo("Astana"));
        json("/api/events?limit=500&min_sources=2").path("items").forEach(e -> assertThat(e.path("sources").asInt())
                .isGreaterThanOrEqualTo(2));
        assertThat(json("/api/events?actor=nobody_at_all").path("total").asInt()).isZero();
    }

    @Test
    void aHappeningToldByTwoDocumentsIsOneEventWithBothAsTellers() {
        JsonNode merged = json("/api/events?limit=500&min_sources=2").path("items");
        assertThat(merged.size()).as("the seeds tell Xi's 2022 visit in two outlets").isPositive();
        JsonNode e = merged.get(0);
        assertThat(e.path("tellers").size()).isEqualTo(e.path("sources").asInt());
        String first = e.path("tellers").get(0).path("doc_id").asText();
        String id = e.path("tellers").get(1).path("doc_id").asText();
        assertThat(id).isNotEqualTo(first);
        assertThat(json("/api/events?limit=500&doc=" + ExploreFixture.enc(id)).path("items"))
                .extracting(x -> x.path("id").asText()).contains(e.path("id").asText());
        assertThat(json("/api/documents/" + id).path("events")).extracting(x -> x.path("id").asText())
                .contains(e.path("id").asText());
    }

    @Test
    void storiesListTheStoredStoriesWithFiltersAndPagingAndEachHasItsEventsAndArticles() {
        JsonNode page = json("/api/stories?limit=500");
        assertThat(page.path("total").asInt()).isEqualTo(page.path("items").size()).isPositive();
        JsonNode multi = null;
        for (JsonNode st : page.path("items")) {
            if (st.path("num_articles").asInt() >= 2 && multi == null) {
                multi = st;
            }
        }
        assertThat(multi).as("the seeds tell Xi's 2022 visit in two outlets: one story, two articles").isNotNull();
        String id = multi.path("id").asText();
        JsonNode view = json("/api/stories/" + ExploreFixture.enc(id));
        assertThat(view.path("story").path("title").asText()).isEqualTo(multi.path("title").asText()).isNotBlank();
        assertThat(view.path("events").size()).isEqualTo(multi.path("num_events").asInt());
        view.path("events").forEach(e -> assertThat(e.path("story").asText()).isEqualTo(id));
        assertThat(view.path("articles")).extracting(a -> a.path("doc_id").asText())
                .containsExactlyElementsOf(toList(multi.path("articles")));
        assertThat(json("/api/events?limit=500&story=" + ExploreFixture.enc(id)).path("items"))
                .extracting(e -> e.path("id").asText()).containsExactlyInAnyOrderElementsOf(toList(multi.path("events")));

        JsonNode paged = json("/api/stories?offset=1&limit=1");
        assertThat(paged.path("items").get(0)).isEqualTo(page.path("items").get(1));
        JsonNode pair = json("/api/stories?limit=500&pair=CHN,KAZ");
        assertThat(pair.path("total").asInt()).isPositive().isLessThan(page.path("total").asInt());
        assertThat(json("/api/stories?limit=500&from=2030").path("total").asInt()).isZero();
        error("/api/stories/no-such-story", 404);
        assertThat(error("/api/stories?limit=0", 400).path("parameter").asText()).isEqualTo("limit");
        assertThat(error("/api/stories?colour=red", 400).path("parameter").asText()).isEqualTo("colour");
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void aDocumentHasItsCleanTextAndTheOffsetsOfItsEventsEvidenceInIt() {
        JsonNode docs = json("/api/documents?limit=500");
        assertThat(docs.path("total").asInt()).isGreaterThanOrEqualTo(6);
        String id = docs.path("items").get(0).path("document").path("doc_id").asText();
        JsonNode doc = json("/api/documents/" + id);
        String text = doc.path("text").asText();
        assertThat(doc.path("events").size()).isPositive();
        doc.path("events").forEach(e -> e.path("evidence").forEach(m -> {
            if (m.path("doc_id").asText().equals(id)) {
                assertThat(m.path("end").asInt()).isBetween(m.path("start").asInt() + 1, text.length());
                assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isNotBlank();
            }
        }));
        String event = doc.path("events").get(0).path("id").asText();
        assertThat(json("/api/events/" + event).path("id").asText()).isEqualTo(event);
    }

    @Test
    void actorsComeWithTheirCountsMostActiveFirst() {
        JsonNode actors = json("/api/actors?limit=500").path("items");
        assertThat(actors.size()).isGreaterThan(3);
        for (int i = 0; i < actors.size(); i++) {
            JsonNode a = actors.get(i);
            assertThat(a.path("events").asInt()).isEqualTo(a.path("as_source").asInt() + a.path("as_target").asInt());
            if (i > 0) {
                assertThat(a.path("events").asInt()).isLessThanOrEqualTo(actors.get(i - 1).path("events").asInt());
            }
        }
    }

    @Test
    void aDyadSeriesCountsEachMonthByQuadClassWithItsMeanGoldstein() {
        JsonNode months = json("/api/dyad?a=CHN&b=KAZ").path("months");
        assertThat(months.size()).isPositive();
        int total = 0;
        for (JsonNode m : months) {
            int sum = 0;
            for (JsonNode q : m.path("by_quad")) {
                sum += q.asInt();
            }
            assertThat(sum).isEqualTo(m.path("events").asInt());
            assertThat(m.path("mean_goldstein").asDouble()).isBetween(-10.0, 10.0);
            assertThat(m.path("month").asText()).matches("[0-9]{4}-[0-9]{2}");
            total += sum;
        }
        assertThat(total).isPositive();
        assertThat(error("/api/dyad?a=CHN", 400).path("parameter").asText()).isEqualTo("b");
    }

    @Test
    void theNetworkWeighsEdgesByEventsAndAnEdgeListsItsEvents() {
        JsonNode net = json("/api/network");
        assertThat(net.path("nodes").size()).isGreaterThan(1);
        JsonNode edge = net.path("edges").get(0);
        assertThat(edge.path("events").asInt()).isPositive();
        assertThat(edge.path("mean_goldstein").asDouble()).isBetween(-10.0, 10.0);
        JsonNode on = json("/api/network/edge?a=" + ExploreFixture.enc(edge.path("a").asText()) + "&b="
                + ExploreFixture.enc(edge.path("b").asText()));
        assertThat(on.path("total").asInt()).isEqualTo(edge.path("events").asInt());
        assertThat(json("/api/network?max_edges=1").path("edges").size()).isEqualTo(1);
    }

    @Test
    void placesCarryTheKnowledgeBasesCoordinates() {
        JsonNode places = json("/api/places").path("items");
        assertThat(places.size()).isPositive();
        places.forEach(p -> {
            assertThat(p.path("lat").asDouble()).isBetween(-90.0, 90.0);
            assertThat(p.path("lon").asDouble()).isBetween(-180.0, 180.0);
            assertThat(p.path("events").asInt()).isPositive();
        });
    }

    @Test
    void theTimelineCountsEventsPerDateByQuadClass() {
        JsonNode days = json("/api/timeline");
        assertThat(days.size()).isPositive();
        days.forEach(d -> assertThat(d.path("by_quad").size()).isEqualTo(4));
    }

    @Test
    void searchFoldsAccentsSoTokaievFindsTokayevWithFacetsAndHighlights() {
        JsonNode r = json("/api/search?q=" + ExploreFixture.enc("Tokaïev"));
        assertThat(r.path("total").asInt()).isPositive();
        List<String> matched = new ArrayList<>();
        r.path("hits").forEach(h -> h.path("snippet").forEach(s -> {
            if (s.path("match").asBoolean()) {
                matched.add(s.path("text").asText());
            }
        }));
        assertThat(matched).anyMatch(t -> t.equalsIgnoreCase("Tokayev"));
        assertThat(r.path("facets").path("lang").size()).isPositive();
        assertThat(json("/api/search?q=Tokayev&kind=event&lang=en").path("hits")).allSatisfy(h ->
                assertThat(h.path("kind").asText()).isEqualTo("event"));
        assertThat(error("/api/search?kind=poem", 400).path("parameter").asText()).isEqualTo("kind");
    }

    @Test
    void badParametersAndUnknownItemsAreJsonErrorsNamingTheProblem() {
        assertThat(error("/api/events?limit=501", 400).path("parameter").asText()).isEqualTo("limit");
        assertThat(error("/api/events?colour=red", 400).path("parameter").asText()).isEqualTo("colour");
        assertThat(error("/api/events?from=yesterday", 400).path("parameter").asText()).isEqualTo("from");
        assertThat(error("/api/events?quad=5", 400).path("parameter").asText()).isEqualTo("quad");
        assertThat(error("/api/events?pair=CHN", 400).path("parameter").asText()).isEqualTo("pair");
        error("/api/events/no-such-event", 404);
        error("/api/documents/no-such-document", 404);
        error("/api/nothing-here", 404);
    }

    @Test
    void anUnchangedAnswerIsNotSentAgainToAClientHoldingItsEtag() throws Exception {
        HttpResponse<String> first = fixture().get("/api/actors");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var client = java.net.http.HttpClient.newHttpClient();
        var again = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fixture().base() + "/api/actors")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theOpenApiFileDocumentsEveryRoute() {
        JsonNode api = json("/openapi.json");
        assertThat(api.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}",
                "/api/actors", "/api/dyad", "/api/network", "/api/network/edge", "/api/places", "/api/timeline",
                "/api/search", "/api/stories", "/api/stories/{id}");
        for (String p : paths) {
            if (!p.contains("{")) {
                assertThat(fixture().get(p).statusCode()).as(p).isIn(200, 400);
            }
        }
        HttpResponse<String> ui = fixture().get("/api/docs");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js");
        assertThat(fixture().get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyWithoutInlineScripts() {
        for (String path : List.of("/", "/api/events", "/api/nothing-here")) {
            HttpResponse<String> r = fixture().get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void sqlInjectionProbesFindNothingAndChangeNothing() {
        int before = json("/api/events?limit=500").path("total").asInt();
        String probe = ExploreFixture.enc("x' OR '1'='1");
        error("/api/documents/" + probe.replace("+", "%20"), 404);
        error("/api/events/" + ExploreFixture.enc("1; DROP TABLE events; --").replace("+", "%20"), 404);
        assertThat(json("/api/events?actor=" + probe).path("total").asInt()).isZero();
        assertThat(json("/api/search?q=" + ExploreFixture.enc("'; DROP TABLE documents; --")).path("total").isInt())
                .isTrue();
        assertThat(json("/api/events?limit=500").path("total").asInt()).isEqualTo(before);
    }

    @Test
    void pathTraversalThroughStaticFilesOrDocumentsReachesNothing() {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2f..%2fetc%2fpasswd", "/api/documents/..%2f..%2f..%2fetc%2fpasswd",
                "/webjars/..%2f..%2f..%2fetc%2fpasswd", "/explore/index.html")) {
            HttpResponse<String> r = fixture().get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("root:");
        }
    }

    @Test
    void aUriJettyRefusesBeforeAnyRouteIsStillAJsonErrorWithTheSecurityHeaders() {
        HttpResponse<String> r = fixture().get("/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(ExploreServer.CSP);
        assertThat(r.body()).doesNotContain("<html", "at org.");
        error("/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 400);
    }

    @Test
    void aRequestBodyPastTheLimitIsRefusedWith413() throws Exception {
        // a raw socket: the headers announce a body past the limit and the server must answer on them alone, so the
        // test neither waits on a body nobody reads nor writes into a socket the server has closed
        java.net.URI base = java.net.URI.create(fixture().base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/search HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 200000\r\nConnection: close\r\n\r\n" + "x".repeat(1000))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(4096),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"status\":413");
        }
    }
}
