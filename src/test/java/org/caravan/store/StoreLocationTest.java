package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void postgresUriBecomesJdbcUrlWithCredentialsAndHidesThePassword() {
        StoreLocation l = StoreLocation.parse("postgresql://caravan:s%40cret@db.local:5433/news?sslmode=disable");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/news?sslmode=disable");
        assertThat(l.user()).contains("caravan");
        assertThat(l.password()).contains("s@cret");
        assertThat(l.description()).isEqualTo("postgresql://caravan@db.local:5433/news").doesNotContain("cret");
    }

    @Test
    void jdbcUrlIsKeptButItsPasswordIsNotShown() {
        StoreLocation l = StoreLocation.parse("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(l.description()).doesNotContain("pw");
    }

    @Test
    void aPathIsAnEmbeddedDatabaseFolder() {
        StoreLocation l = StoreLocation.parse("some/caravan.db");
        Path folder = Path.of("some/caravan.db").toAbsolutePath().normalize();
        assertThat(l.folder()).contains(folder);
        assertThat(l.jdbcUrl()).startsWith("jdbc:h2:file:" + folder.resolve("store"));
        assertThat(l.description()).isEqualTo("some/caravan.db");
    }
}
