package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    Store open() {
        return Store.open(dir.resolve("caravan.db").toString());
    }

    @Test
    void embeddedDatabaseIsAFolderThatSurvivesReopening() {
        store.save(StoredDocument.done(Fixtures.document("a", "text"), "h", "ingest"), List.of());
        store.close();
        store = open();
        assertThat(Files.isDirectory(dir.resolve("caravan.db"))).isTrue();
        assertThat(dir.resolve("caravan.db").resolve("store.mv.db")).exists();
        assertThat(store.documentCount()).isEqualTo(1);
    }

    @Test
    void aRegularFileIsNotADatabaseFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "hello");
        assertThatThrownBy(() -> Store.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Caravan database folder");
    }
}
