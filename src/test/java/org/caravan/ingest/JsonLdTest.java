package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void readsThePropertyAtAnyDepthInDocumentOrder() {
        String block = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-07-03T10:00:00+02:00\","
                + "\"isPartOf\":{\"datePublished\":\"2020-01-01\"}}]}";
        assertThat(JsonLd.strings(block, "datePublished")).containsExactly("2024-07-03T10:00:00+02:00", "2020-01-01");
    }

    @Test
    void decodesEscapesThatARegexWouldKeep() {
        assertThat(JsonLd.strings("{\"datePublished\":\"2024\\/07\\/03\"}", "datePublished"))
                .containsExactly("2024/07/03");
    }

    @Test
    void acceptsLooseMarkupAndKeepsWhatPrecedesASyntaxError() {
        String block = "<!--\n{'headline': 'A', // note\n \"datePublished\": \"2023-11-09\",}\n{\"datePublished\": ";
        assertThat(JsonLd.strings(block, "datePublished")).containsExactly("2023-11-09");
    }

    @Test
    void ignoresAPropertyWhoseValueIsNotText() {
        assertThat(JsonLd.strings("[{\"datePublished\":{\"@value\":\"2024\"}},{\"datePublished\":2024}]", "datePublished"))
                .isEmpty();
        assertThat(JsonLd.strings("no json here", "datePublished")).isEmpty();
    }

    @Test
    void anIsoDateOpeningAValueIsReadAndAnythingElseIsNot() {
        assertThat(Datelines.isoStart(" 2024-07-03T10:00:00Z")).map(d -> d.iso()).contains("2024-07-03");
        assertThat(Datelines.isoStart("2024/07")).map(d -> d.iso()).contains("2024-07");
        assertThat(Datelines.isoStart("Wed, 03 Jul 2024")).isEmpty();
        assertThat(Datelines.isoStart("1850-01-01")).isEmpty();
    }
}
