package org.caravan.explore.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a load run measured: per route, the requests, errors and latency percentiles; overall, requests per second.
 */
public record LoadReport(int clients, double seconds, List<Route> routes) {

    public LoadReport {
        routes = List.copyOf(routes);
    }

    /**
     * One route's figures.
     *
     * @param latenciesMicros every successful request's latency, in microseconds, sorted
     */
    public record Route(String name, long requests, long errors, long[] latenciesMicros) {

        public Route {
            latenciesMicros = latenciesMicros.clone();
            Arrays.sort(latenciesMicros);
        }

        /** The latency below which this share (0..1) of the requests fall, in milliseconds; 0 without requests. */
        public double percentileMillis(double share) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(share * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(latenciesMicros.length - 1, i))] / 1000.0;
        }
    }

    public long requests() {
        return routes.stream().mapToLong(Route::requests).sum();
    }

    public long errors() {
        return routes.stream().mapToLong(Route::errors).sum();
    }

    /** The report as a Markdown table, one row per route and one for all. */
    public String table() {
        StringBuilder b = new StringBuilder("| route | requests | errors | requests/s | p50 ms | p99 ms |\n"
                + "|---|---|---|---|---|---|\n");
        long[] all = routes.stream().flatMapToLong(r -> Arrays.stream(r.latenciesMicros())).toArray();
        for (Route r : routes) {
            b.append(row(r));
        }
        b.append(row(new Route("all", requests(), errors(), all)));
        return b.toString();
    }

    private String row(Route r) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f |%n", r.name(), r.requests(), r.errors(),
                r.requests() / seconds, r.percentileMillis(0.50), r.percentileMillis(0.99));
    }
}
