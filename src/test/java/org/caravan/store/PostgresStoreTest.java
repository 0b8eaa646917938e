package org.caravan.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract against a real PostgreSQL server, named by {@code CARAVAN_TEST_PG_URL}
 * ({@code postgresql://user:password@host:port/db}; {@code .ci/start-postgres} starts one). Each test runs in a
 * fresh schema, dropped after.
 */
@EnabledIfEnvironmentVariable(named = "CARAVAN_TEST_PG_URL", matches = ".+")
class PostgresStoreTest extends StoreContract {

    private final String schema = "caravan_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    Store open() {
        StoreLocation base = StoreLocation.parse(System.getenv("CARAVAN_TEST_PG_URL"));
        execute(base, "CREATE SCHEMA " + schema);
        String sep = base.jdbcUrl().contains("?") ? "&" : "?";
        return JdbcStore.open(new StoreLocation(base.jdbcUrl() + sep + "currentSchema=" + schema, base.user(),
                base.password(), base.description(), base.folder()));
    }

    @AfterEach
    void dropSchema() {
        execute(StoreLocation.parse(System.getenv("CARAVAN_TEST_PG_URL")), "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(StoreLocation l, String sql) {
        Properties p = new Properties();
        l.user().ifPresent(u -> p.setProperty("user", u));
        l.password().ifPresent(pw -> p.setProperty("password", pw));
        try (Connection c = DriverManager.getConnection(l.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
