package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV is read back by another library (Jackson's CSV reader) than the one that writes it (Commons CSV). */
class CsvSinkTest {

    private static List<Map<String, String>> readBack(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void anEmptyExportIsTheHeaderAlone() throws IOException {
        StringWriter w = new StringWriter();
        new CsvSink(w).close();
        assertThat(w.toString()).isEqualTo(String.join(",", CsvSink.COLUMNS) + "\r\n");
    }

    @Test
    void quotesCommasAndLineBreaksSurviveTheRoundTrip() throws IOException {
        ObjectNode e = ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", "KAZ");
        e.put("evidence", "Il a dit : « oui, \"vraiment\" »,\npuis il est parti.");
        StringWriter w = new StringWriter();
        try (CsvSink sink = new CsvSink(w)) {
            sink.write(ExportFixtures.exported(3, e, "fr", "https://rfi.fr/1"));
        }

        List<Map<String, String>> rows = readBack(w.toString());

        assertThat(rows).hasSize(1);
        Map<String, String> r = rows.get(0);
        assertThat(r.keySet()).containsExactlyElementsOf(CsvSink.COLUMNS);
        assertThat(r.get("global_id")).isEqualTo("3");
        assertThat(r.get("cameo")).isEqualTo("042");
        assertThat(r.get("source_code")).isEqualTo("CHNGOV");
        assertThat(r.get("place_country")).isEqualTo("KAZ");
        assertThat(r.get("urls")).isEqualTo("https://rfi.fr/1");
        assertThat(r.get("evidence")).isEqualTo("Il a dit : « oui, \"vraiment\" »,\npuis il est parti.");
    }
}
