package org.caravan.explore.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.explore.EventCatalog;
import org.caravan.explore.ReadStore;
import org.caravan.explore.search.LuceneSearch;
import org.caravan.explore.search.SearchIndex;
import org.caravan.store.StoreConnections;
import org.caravan.testkit.CliRunner;

/**
 * A real explore server over a real store: the seeds and an untrusted (XSS) article analyzed by {@code caravan
 * analyze} into the given database, served on a free port of 18090-18099 on loopback. Close it to stop it.
 */
final class ExploreFixture implements AutoCloseable {

    static final Path SEEDS = Path.of("examples/seeds.jsonl").toAbsolutePath();
    static final Path UNTRUSTED = Path.of("src/test/resources/explore/untrusted.jsonl").toAbsolutePath();

    private final ReadStore store;
    private final LuceneSearch search;
    private final ExploreServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ExploreFixture(ReadStore store, LuceneSearch search, ExploreServer server) {
        this.store = store;
        this.search = search;
        this.server = server;
    }

    /** Analyzes the files into {@code db} (a folder or a PostgreSQL URL), its index in {@code index}, and serves. */
    static ExploreFixture analyzeAndServe(String db, Path dir, Path index, Path... files) {
        System.setProperty("caravan.index", index.toString());
        try {
            List<String> args = new ArrayList<>(List.of("analyze", "-o", dir.resolve("out").toString(), "--db", db));
            for (Path f : files) {
                args.add(f.toString());
            }
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
        } finally {
            System.clearProperty("caravan.index");
        }
        return serve(db, index);
    }

    static ExploreFixture serve(String db, Path index) {
        ReadStore store = new ReadStore(StoreConnections.of(db), 16);
        if (!LuceneSearch.exists(index)) {
            SearchIndex.rebuild(store, index);
        }
        LuceneSearch search = LuceneSearch.open(index);
        ExploreServer server = ExploreServer.start(ServeConfig.of(ServeConfig.LOOPBACK, freePort()), store,
                new EventCatalog(store, line -> { }), search, line -> { });
        return new ExploreFixture(store, search, server);
    }

    /** The first free port of the range this branch may use. */
    static int freePort() {
        for (int p = 18090; p <= 18099; p++) {
            try (ServerSocket s = new ServerSocket(p)) {
                s.setReuseAddress(true);
                return p;
            } catch (IOException busy) {
                // next
            }
        }
        throw new IllegalStateException("no free port in 18090-18099");
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** GET of a path (with its query string, already encoded), as text. */
    HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        search.close();
        store.close();
    }
}
