package org.caravan.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a store lives, as parsed from {@code --db}: a JDBC URL with its credentials, and a description that never
 * shows a password. An embedded database is a folder ({@code caravan.db}) holding H2's file {@code store.mv.db}.
 */
record StoreLocation(String jdbcUrl, Optional<String> user, Optional<String> password, String description,
                     Optional<Path> folder) {

    static final String H2_FILE = "store";

    StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(folder, "folder");
    }

    static StoreLocation parse(String location) {
        String s = location.strip();
        if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
            return postgresUri(s);
        }
        if (s.startsWith("jdbc:")) {
            return new StoreLocation(s, Optional.empty(), Optional.empty(), s.replaceAll("password=[^&;]*",
                    "password=***"), Optional.empty());
        }
        Path folder = Path.of(s).toAbsolutePath().normalize();
        if (Files.isRegularFile(folder)) {
            throw new StoreException(s + " is a file, not a Caravan database folder", null);
        }
        // AUTO_SERVER: the first process opens the file and lets later ones (caravan serve while analyze writes)
        // in through a loopback TCP port guarded by a key kept in the lock file
        String url = "jdbc:h2:file:" + folder.resolve(H2_FILE) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        return new StoreLocation(url, Optional.empty(), Optional.empty(), s, Optional.of(folder));
    }

    /** {@code postgresql://user:password@host:port/database?options}, as libpq writes it. */
    private static StoreLocation postgresUri(String s) {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new StoreException("bad PostgreSQL URL: " + e.getMessage(), e);
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        String jdbc = "jdbc:postgresql://" + host + port + path + query;
        String shown = "postgresql://" + user.map(u -> u + "@").orElse("") + host + port + path;
        return new StoreLocation(jdbc, user, password, shown, Optional.empty());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
