package org.caravan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Plain JDBC connections to a store named as on the command line, for readers that run their own fixed queries
 * (the explore server). Open the store once with {@link Store#open} first so that its schema is migrated.
 * Thread-safe (immutable).
 */
public final class StoreConnections {

    private final StoreLocation location;

    private StoreConnections(StoreLocation location) {
        this.location = location;
    }

    public static StoreConnections of(String location) {
        return new StoreConnections(StoreLocation.parse(location));
    }

    /** A new connection, in auto-commit mode. */
    public Connection open() throws SQLException {
        Properties p = new Properties();
        location.user().ifPresent(u -> p.setProperty("user", u));
        location.password().ifPresent(pw -> p.setProperty("password", pw));
        return DriverManager.getConnection(location.jdbcUrl(), p);
    }

    /** The folder of an embedded database; empty for a server database. */
    public Optional<Path> folder() {
        return location.folder();
    }

    /** The store as shown in messages (never with its password). */
    public String describe() {
        return location.description();
    }
}
