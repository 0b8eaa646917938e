package org.caravan.explore.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The load client counts every request and every error per route (no timing is asserted). */
class LoadTestTest {

    @Test
    void everyRequestIsCountedAndEveryNon200IsAnError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/broken") ? 500 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            Map<String, List<String>> routes = new LinkedHashMap<>();
            routes.put("good", List.of("/a", "/b?x=1"));
            routes.put("bad", List.of("/broken"));
            LoadReport r = new LoadTest(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), routes, 3,
                    Duration.ofSeconds(1)).run(line -> { });
            LoadReport.Route good = r.routes().get(0);
            LoadReport.Route bad = r.routes().get(1);
            assertThat(good.requests()).isPositive();
            assertThat(good.errors()).isZero();
            assertThat(good.latenciesMicros()).hasSize((int) good.requests());
            assertThat(bad.errors()).isEqualTo(bad.requests()).isPositive();
            assertThat(r.errors()).isEqualTo(bad.errors());
            assertThat(good.percentileMillis(0.5)).isLessThanOrEqualTo(good.percentileMillis(0.99));
            assertThat(r.table()).contains("| good |", "| bad |", "| all |");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void percentilesOfNoRequestsAreZeroAndOfSomeAreTheirRank() {
        assertThat(new LoadReport.Route("none", 0, 0, new long[0]).percentileMillis(0.99)).isZero();
        LoadReport.Route r = new LoadReport.Route("r", 4, 0, new long[] {4000, 1000, 3000, 2000});
        assertThat(r.percentileMillis(0.5)).isEqualTo(2.0);
        assertThat(r.percentileMillis(0.99)).isEqualTo(4.0);
    }

    @Test
    void aRunNeedsClientsAndPaths() {
        assertThatThrownBy(() -> new LoadTest(URI.create("http://127.0.0.1:1"), LoadTest.defaultRoutes(), 0,
                Duration.ofSeconds(1))).hasMessageContaining("clients");
        assertThatThrownBy(() -> new LoadTest(URI.create("http://127.0.0.1:1"), Map.of("x", List.of()), 1,
                Duration.ofSeconds(1))).hasMessageContaining("path");
    }
}
