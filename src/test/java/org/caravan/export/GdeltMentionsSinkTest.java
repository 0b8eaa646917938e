package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltMentionsSinkTest {

    private static List<String> row(String lang, String url) throws IOException {
        StringWriter w = new StringWriter();
        new GdeltMentionsSink(w).write(ExportFixtures.exported(9,
                ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", null), lang, url));
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(1);
        return List.of(lines[0].split("\t", -1));
    }

    @Test
    void oneMentionIsOneRowOfSixteenColumns() throws IOException {
        List<String> row = row("fr", "https://www.lemonde.fr/x");

        assertThat(GdeltMentionsSink.COLUMNS).hasSize(16);
        assertThat(row).hasSize(16);
        assertThat(row.get(0)).isEqualTo("9");
        assertThat(row.get(1)).isEqualTo("20240703101530");
        assertThat(row.get(3)).isEqualTo("1");
        assertThat(row.get(4)).isEqualTo("lemonde.fr");
        assertThat(row.get(5)).isEqualTo("https://www.lemonde.fr/x");
        assertThat(row.get(6)).isEqualTo("2");
        assertThat(row.get(9)).isEqualTo("10");
        assertThat(row.get(11)).isEqualTo("80");
        assertThat(row.get(12)).isEqualTo("1200");
        assertThat(row.get(14)).isEqualTo("srclc:fra");
    }

    @Test
    void anEnglishDocumentHasNoTranslationInfoAndAFileIsACitation() throws IOException {
        List<String> row = row("en", null);

        assertThat(row.get(14)).isEmpty();
        assertThat(row.get(3)).isEqualTo("2");
        assertThat(row.get(5)).isEqualTo("inbox/a.html");
    }
}
