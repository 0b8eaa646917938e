package org.caravan.explore.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code caravan serve} runs: the address to bind (loopback unless told otherwise), the port (0 for any free
 * one), how often it looks for new events, and the largest request it reads.
 */
public record ServeConfig(String bind, int port, Duration refresh, long maxRequestBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServeConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(refresh, "refresh");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }

    public static ServeConfig of(String bind, int port) {
        return new ServeConfig(bind, port, Duration.ofSeconds(2), 64 * 1024);
    }
}
