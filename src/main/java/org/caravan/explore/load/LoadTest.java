package org.caravan.explore.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Drives a running explore server: {@code clients} threads, each sending GETs round-robin over the given routes
 * (name to path and query) for {@code duration}, one request at a time, reading every answer whole. An error is an
 * answer other than 200 or a failed exchange. Each run is independent; not thread-safe itself.
 */
public final class LoadTest {

    private final URI base;
    private final Map<String, List<String>> routes;
    private final int clients;
    private final Duration duration;

    /** @param routes per route name, the paths (with query strings) to cycle through */
    public LoadTest(URI base, Map<String, List<String>> routes, int clients, Duration duration) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, not " + clients);
        }
        if (routes.isEmpty() || routes.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every route needs at least one path");
        }
        this.base = base;
        this.routes = new LinkedHashMap<>(routes);
        this.clients = clients;
        this.duration = duration;
    }

    /** The routes {@code caravan load} uses by default: search, events and dyad of the seeds' actors. */
    public static Map<String, List<String>> defaultRoutes() {
        Map<String, List<String>> r = new LinkedHashMap<>();
        r.put("search", List.of("/api/search?q=Tokayev", "/api/search?q=Xi+Jinping&kind=event",
                "/api/search?q=sanctions&lang=fr", "/api/search?q=visite+officielle&limit=50"));
        r.put("events", List.of("/api/events", "/api/events?actor=CHN&limit=50", "/api/events?from=2024&quad=1",
                "/api/events?place=astana&offset=0&limit=20"));
        r.put("dyad", List.of("/api/dyad?a=CHN&b=KAZ", "/api/dyad?a=RUS&b=KAZ", "/api/dyad?a=CHN&b=RUS&from=2022"));
        return r;
    }

    public LoadReport run(Consumer<String> progress) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        List<String> names = new ArrayList<>(routes.keySet());
        Worker[] workers = new Worker[clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker(http, names, i, start, end);
            pool.execute(workers[i]);
        }
        progress.accept(clients + " clients for " + duration.toSeconds() + " s against " + base);
        long t0 = System.nanoTime();
        start.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<LoadReport.Route> out = new ArrayList<>();
        for (int r = 0; r < names.size(); r++) {
            long requests = 0;
            long errors = 0;
            List<long[]> lat = new ArrayList<>();
            for (Worker w : workers) {
                requests += w.requests[r];
                errors += w.errors[r];
                lat.add(java.util.Arrays.copyOf(w.latencies[r], w.counts[r]));
            }
            out.add(new LoadReport.Route(names.get(r), requests, errors,
                    lat.stream().flatMapToLong(java.util.Arrays::stream).toArray()));
        }
        return new LoadReport(clients, seconds, out);
    }

    /** One client: its own counters, read after it stopped. */
    private final class Worker implements Runnable {
        private final HttpClient http;
        private final List<String> names;
        private final int seed;
        private final CountDownLatch start;
        private final long end;
        final long[] requests;
        final long[] errors;
        final long[][] latencies;
        final int[] counts;

        Worker(HttpClient http, List<String> names, int seed, CountDownLatch start, long end) {
            this.http = http;
            this.names = names;
            this.seed = seed;
            this.start = start;
            this.end = end;
            this.requests = new long[names.size()];
            this.errors = new long[names.size()];
            this.latencies = new long[names.size()][1024];
            this.counts = new int[names.size()];
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (long n = seed; System.nanoTime() < end; n++) {
                int r = (int) (n % names.size());
                List<String> paths = routes.get(names.get(r));
                String path = paths.get((int) ((n / names.size()) % paths.size()));
                requests[r]++;
                long t = System.nanoTime();
                try {
                    HttpResponse<byte[]> a = http.send(HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (a.statusCode() != 200) {
                        errors[r]++;
                        continue;
                    }
                } catch (IOException e) {
                    errors[r]++;
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                record(r, (System.nanoTime() - t) / 1000);
            }
        }

        private void record(int r, long micros) {
            if (counts[r] == latencies[r].length) {
                latencies[r] = java.util.Arrays.copyOf(latencies[r], counts[r] * 2);
            }
            latencies[r][counts[r]++] = micros;
        }
    }
}
