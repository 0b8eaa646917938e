package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.caravan.ingest.RawDocument;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static RawDocument raw(String content, Optional<String> published) {
        return new RawDocument("id", "f.jsonl:1", RawDocument.Format.TEXT, content, Optional.empty(),
                Optional.empty(), published, Optional.empty());
    }

    @Test
    void sameInputGivesSameHash() {
        assertThat(ContentHash.of(raw("text", Optional.empty()))).isEqualTo(ContentHash.of(raw("text",
                Optional.empty()))).hasSize(64);
    }

    @Test
    void changedContentOrMetadataChangesTheHash() {
        String h = ContentHash.of(raw("text", Optional.empty()));
        assertThat(ContentHash.of(raw("text!", Optional.empty()))).isNotEqualTo(h);
        assertThat(ContentHash.of(raw("text", Optional.of("2024-01-01")))).isNotEqualTo(h);
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        RawDocument a = new RawDocument("id", "l", RawDocument.Format.TEXT, "bc", Optional.of("a"), Optional.empty(),
                Optional.empty(), Optional.empty());
        RawDocument b = new RawDocument("id", "l", RawDocument.Format.TEXT, "c", Optional.of("ab"), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(ContentHash.of(a)).isNotEqualTo(ContentHash.of(b));
    }
}
