package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.caravan.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

    private static final Datelines DATELINES = Datelines.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            14/09/22 17:05                              | 2022-09-14 (day)
            Vous êtes ici 14/09/22                      | 2022-09-14 (day)
            09/14/2022                                  | 2022-09-14 (day)
            03.07.2024                                  | 2024-07-03 (day)
            ' date 2023-11 Poutine au Kazakhstan'       | 2023-11 (month)
            2023-11-09T10:00                            | 2023-11-09 (day)
            Publié le 3 juillet 2024 à 10h              | 2024-07-03 (day)
            Mis à jour le 1er août 2023                 | 2023-08-01 (day)
            'Wednesday, July 3, 2024'                   | 2024-07-03 (day)
            3 July 2024                                 | 2024-07-03 (day)
            Veröffentlicht am 3. Juli 2024              | 2024-07-03 (day)
            3 de julio de 2024                          | 2024-07-03 (day)
            Опубликовано 3 июля 2024                    | 2024-07-03 (day)
            Juillet 2024                                | 2024-07 (month)
            'Astana. July 4. KazTAG'                    | none
            'Astana. July 4, 2019. KazTAG'              | 2019-07-04 (day)
            'Astana, 2019. July 4. KazTAG'              | 2019-07-04 (day)
            31/02/2022                                  | none
            no date here at all                         | none
            """)
    void readsDatelines(String text, String expected) {
        assertThat(DATELINES.find(text).map(PartialDate::toString).orElse(null)).isEqualTo(expected);
    }

    @Test
    void fullDateSearchIgnoresMonthsWithoutDay() {
        assertThat(DATELINES.findDay("Début juillet 2024, le président s'est rendu")).isEmpty();
        assertThat(DATELINES.findDay("PARIS, 3 juillet 2024 (AFP) - Le président")).map(f -> f.date().iso())
                .contains("2024-07-03");
    }

    @Test
    void emptyTextHasNoDate() {
        assertThat(DATELINES.find("")).isEmpty();
        assertThat(DATELINES.findDay("")).isEmpty();
    }

    @Test
    void aDateFoundInRandomTextHasItsYearWrittenThere() {
        Random r = new Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 80; j++) {
                sb.append((char) (r.nextBoolean() ? '0' + r.nextInt(10) : r.nextInt(0x500)));
            }
            String text = sb.toString();
            Optional<PartialDate> d = DATELINES.find(text);
            d.ifPresent(x -> assertThat(text).as("text giving %s", x)
                    .contains(String.format("%02d", x.start().getYear() % 100)));
        }
    }

    @Test
    void aDatelineAmidRandomLettersIsFound() {
        Random r = new Random(7);
        for (int i = 0; i < 100; i++) {
            String text = noise(r) + " 3 July 2024 " + noise(r);
            assertThat(DATELINES.find(text).map(PartialDate::toString)).as(text).contains("2024-07-03 (day)");
        }
    }

    /** Letters of the Greek and Cyrillic blocks, never a digit, seldom a word. */
    private static String noise(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int j = r.nextInt(60); j > 0; j--) {
            sb.append((char) (0x3B1 + r.nextInt(0x80)));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"en", "fr", "ru", "de", "es", "it", "pt"})
    void readsEveryMonthNameOfTheSharedCalendarTable(String lang) throws java.io.IOException {
        String name = "time/" + lang + "/calendar.tsv";
        try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
            var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            var months = Datelines.months(r, name);
            assertThat(months).hasSizeGreaterThanOrEqualTo(12);
            months.forEach((word, month) -> assertThat(DATELINES.find("3 " + word + ". 2024").map(PartialDate::iso))
                    .as(word).contains(String.format("2024-%02d-03", month)));
        }
    }

    @Test
    void aBadMonthNumberInACalendarTableNamesTheFileAndLine() {
        var r = new java.io.BufferedReader(new java.io.StringReader("list\tword\tvalue\nmonth\tjanvier\t01\nmonth\tfoo\t13\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Datelines.months(r, "x/calendar.tsv"))
                .hasMessageStartingWith("x/calendar.tsv:3: month must be 1 to 12");
    }
}
