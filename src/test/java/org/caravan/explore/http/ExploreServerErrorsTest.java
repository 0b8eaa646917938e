package org.caravan.explore.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.explore.EventCatalog;
import org.caravan.explore.ReadStore;
import org.caravan.explore.search.SearchQuery;
import org.caravan.explore.search.SearchResult;
import org.caravan.explore.search.SearchService;
import org.caravan.store.Store;
import org.caravan.store.StoreConnections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure inside a handler is a JSON 500 without its stack trace, and the cause goes to the server's log. */
class ExploreServerErrorsTest {

    @Test
    void anInternalErrorIsA500WithoutStackTraceAndIsLogged(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("db").toString();
        try (Store s = Store.open(db)) {
            s.describe();
        }
        SearchService broken = new SearchService() {
            @Override
            public SearchResult search(SearchQuery query) {
                throw new IllegalStateException("secret detail at org.caravan.Somewhere");
            }

            @Override
            public void refresh() {
            }
        };
        List<String> log = new ArrayList<>();
        try (ReadStore store = new ReadStore(StoreConnections.of(db), 2);
             ExploreServer server = ExploreServer.start(ServeConfig.of(ServeConfig.LOOPBACK,
                     ExploreFixture.freePort()), store, new EventCatalog(store, line -> { }), broken,
                     line -> { synchronized (log) { log.add(line); } })) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/search?q=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            assertThat(r.body()).contains("\"status\":500").doesNotContain("secret", "at org.", "Exception");
            HttpResponse<String> empty = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/events")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(empty.statusCode()).isEqualTo(200);
            assertThat(empty.body()).contains("\"total\":0");
        }
        synchronized (log) {
            assertThat(log).anyMatch(l -> l.contains("secret detail"));
        }
    }
}
