package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made before V20 but after V30 (version ranges are given per branch) takes V20 when next opened. */
class MigrationOrderTest {

    @TempDir
    Path dir;

    @Test
    void aStoreAtV30TakesV20Later() throws IOException {
        Path old = Files.createDirectories(dir.resolve("old-migrations"));
        for (String f : List.of("V1__documents_and_events.sql", "V30__event_global_ids.sql")) {
            try (var in = getClass().getResourceAsStream("/db/migration/" + f)) {
                Files.copy(in, old.resolve(f));
            }
        }
        String db = dir.resolve("store").toString();
        StoreLocation location = StoreLocation.parse(db);
        Flyway.configure().dataSource(location.jdbcUrl(), null, null).locations("filesystem:" + old).load().migrate();

        try (Store store = Store.open(db)) {
            assertThat(store.archive().pending()).isEmpty();
            store.save(StoredDocument.done(Fixtures.document("d1", "text"), "h", "p"), List.of());
            assertThat(store.archive().pending()).containsExactly("d1");
        }
    }
}
