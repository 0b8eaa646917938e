package org.caravan.explore.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API over a real PostgreSQL store ({@code CARAVAN_TEST_PG_URL}), in a fresh schema dropped after; skipped
 * when the variable is not set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreApiPostgresTest extends ExploreApiContract {

    private Path dir;
    private final String schema = "caravan_explore_" + UUID.randomUUID().toString().replace("-", "");
    private ExploreFixture fixture;

    @BeforeAll
    void serve(@TempDir Path tmp) throws Exception {
        String url = System.getenv("CARAVAN_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && url.matches("postgres(ql)?://.+"),
                "CARAVAN_TEST_PG_URL is not set: no PostgreSQL server to test against");
        dir = tmp;
        sql("CREATE SCHEMA " + schema);
        String base = System.getenv("CARAVAN_TEST_PG_URL");
        String db = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        fixture = ExploreFixture.analyzeAndServe(db, dir, dir.resolve("index"), ExploreFixture.SEEDS,
                ExploreFixture.UNTRUSTED);
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        if (dir != null) {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    ExploreFixture fixture() {
        return fixture;
    }

    private static void sql(String statement) throws Exception {
        URI uri = new URI(System.getenv("CARAVAN_TEST_PG_URL"));
        String[] user = uri.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        try (Connection c = DriverManager.getConnection(jdbc, user[0], user.length > 1 ? user[1] : null);
             Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IOException(statement + ": " + e.getMessage(), e);
        }
    }
}
