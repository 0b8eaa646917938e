package org.caravan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.caravan.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeRulesTest {

    @Test
    void shipsRulesForFiveLanguages() {
        assertThat(TimeRules.load().languages()).containsExactlyInAnyOrder("en", "fr", "ru", "de", "es");
    }

    @Test
    void aUserFolderAddsWordsAndPatternsWithoutRecompiling(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/words.tsv"), "list\tword\tvalue\nfete\tla saint-glinglin\t12-31\n");
        Files.writeString(dir.resolve("fr/patterns.tsv"),
                "rule\ttype\tpattern\tvalue\nfete\tDATE\t(%fete%)\t@rel(year,0)-{fete:$1}\n");
        TimeStage stage = new TimeStage(TimeRules.load(Optional.of(dir)));

        assertThat(stage.find("Ils fêteront la Saint-Glinglin ensemble.", "fr", Optional.of(LocalDate.of(2022, 9, 15))))
                .extracting(TimeExpression::value, TimeExpression::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2022-12-31", "fete"));
    }

    @Test
    void aMalformedRowIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/patterns.tsv"), "rule\ttype\tpattern\tvalue\n# comment\nbad\tWHEN\tx\ty\n");

        assertThatThrownBy(() -> TimeRules.load(Optional.of(dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patterns.tsv:3").hasMessageContaining("WHEN");
    }

    @Test
    void anUnknownWordListInAPatternIsAnError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/patterns.tsv"), "rule\ttype\tpattern\tvalue\nx\tDATE\t(%nolist%)\t$1\n");

        assertThatThrownBy(() -> TimeRules.load(Optional.of(dir))).hasMessageContaining("%nolist%");
    }

    @Test
    void languageCodesWithARegionUseTheBaseLanguage() {
        TimeStage stage = TimeStage.withBuiltInRules();

        assertThat(stage.find("Hier.", "fr-FR", Optional.of(LocalDate.of(2022, 9, 15))))
                .extracting(TimeExpression::value).containsExactly("2022-09-14");
    }
}
