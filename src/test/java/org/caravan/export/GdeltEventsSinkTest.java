package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltEventsSinkTest {

    private static List<String> row(ExportedEvent e) throws IOException {
        StringWriter w = new StringWriter();
        new GdeltEventsSink(w, GdeltCodes.bundled()).write(e);
        assertThat(w.toString()).endsWith("\n").doesNotContain("\r");
        return List.of(w.toString().stripTrailing().split("\t", -1));
    }

    private static String field(List<String> row, String column) {
        return row.get(GdeltEventsSink.COLUMNS.indexOf(column));
    }

    @Test
    void theCodebookHasSixtyOneColumnsInItsOrder() {
        assertThat(GdeltEventsSink.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear")
                .endsWith("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        assertThat(GdeltEventsSink.COLUMNS.get(26)).isEqualTo("EventCode");
    }

    @Test
    void aDatedVisitFillsDatesActorsCodesAndTheActionPlace() throws IOException {
        ObjectNode e = ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", "2022-09-14", "day", "KAZ");
        List<String> row = row(ExportFixtures.exported(7, e, "fr", "https://www.lemonde.fr/x"));

        assertThat(row).hasSize(61);
        assertThat(field(row, "GLOBALEVENTID")).isEqualTo("7");
        assertThat(field(row, "SQLDATE")).isEqualTo("20220914");
        assertThat(field(row, "MonthYear")).isEqualTo("202209");
        assertThat(field(row, "Year")).isEqualTo("2022");
        assertThat(field(row, "Actor1Code")).isEqualTo("CHNGOV");
        assertThat(field(row, "Actor1Name")).isEqualTo("XI JINPING");
        assertThat(field(row, "Actor1CountryCode")).isEqualTo("CHN");
        assertThat(field(row, "Actor1Type1Code")).isEqualTo("GOV");
        assertThat(field(row, "EventCode")).isEqualTo("042");
        assertThat(field(row, "EventRootCode")).isEqualTo("04");
        assertThat(field(row, "ActionGeo_Type")).isEqualTo("4");
        assertThat(field(row, "ActionGeo_CountryCode")).isEqualTo("KZ");
        assertThat(field(row, "ActionGeo_FullName")).isEqualTo("Astana, Kazakhstan");
        assertThat(field(row, "Actor1Geo_Type")).isEqualTo("0");
        assertThat(field(row, "AvgTone")).isEmpty();
        assertThat(field(row, "DATEADDED")).isEqualTo("20240703101530");
        assertThat(field(row, "SOURCEURL")).isEqualTo("https://www.lemonde.fr/x");
    }

    @Test
    void aMonthDateLeavesTheDayFieldsEmptyRatherThanInventADay() throws IOException {
        ObjectNode e = ExportFixtures.event("a-e1", "a", "0871", "RUS", "UKR", "2022-09", "month", null);
        List<String> row = row(ExportFixtures.exported(1, e, "en", null));

        assertThat(field(row, "SQLDATE")).isEmpty();
        assertThat(field(row, "FractionDate")).isEmpty();
        assertThat(field(row, "MonthYear")).isEqualTo("202209");
        assertThat(field(row, "EventCode")).isEqualTo("0871");
        assertThat(field(row, "EventBaseCode")).isEqualTo("087");
        assertThat(field(row, "SOURCEURL")).isEqualTo("inbox/a.html");
    }

    @Test
    void organisationsAreWrittenWithTheirCameoTypeAndKnownGroup() throws IOException {
        ObjectNode e = ExportFixtures.event("a-e1", "a", "173", "ICC", "RUS", "2023-03-17", "day", null);
        List<String> row = row(ExportFixtures.exported(1, e, "en", null));

        assertThat(field(row, "Actor1Code")).isEqualTo("IGOICC");
        assertThat(field(row, "Actor1KnownGroupCode")).isEqualTo("ICC");
        assertThat(field(row, "Actor1Type1Code")).isEqualTo("IGO");
        assertThat(field(row, "Actor1CountryCode")).isEmpty();
    }

    @Test
    void tabsAndLineBreaksInNamesCannotBreakTheRow() throws IOException {
        ObjectNode e = ExportFixtures.event("a-e1", "a", "042", "CHN", "KAZ", null, null, null);
        ((ObjectNode) e.get("source")).put("name", "Xi\tJin\nping");
        List<String> row = row(ExportFixtures.exported(1, e, "en", null));

        assertThat(row).hasSize(61);
        assertThat(field(row, "Actor1Name")).isEqualTo("XI JIN PING");
        assertThat(field(row, "SQLDATE")).isEmpty();
        assertThat(field(row, "Year")).isEmpty();
    }
}
