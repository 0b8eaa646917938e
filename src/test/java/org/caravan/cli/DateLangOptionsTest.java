package org.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared --date / --lang options and TEXT-or-FILE parameter, from the command line. */
class DateLangOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"actors", "time", "explain"})
    void aBadDateNamesTheOptionAndExitsTwo(String command) {
        CliRunner.Result r = CliRunner.run(command, "Putin met Macron.", "--date", "yesterday");
        assertEquals(ErrorHandler.USAGE, r.exitCode(), r.err());
        assertTrue(r.errLines().get(0).contains("--date") && r.err().contains("yesterday"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"actors", "time", "explain"})
    void aBadLanguageNamesTheOptionAndExitsTwo(String command) {
        CliRunner.Result r = CliRunner.run(command, "Putin met Macron.", "--lang", "xx");
        assertEquals(ErrorHandler.USAGE, r.exitCode(), r.err());
        assertTrue(r.errLines().get(0).contains("--lang") && r.err().contains("xx"), r.err());
    }

    @Test
    void anUnknownOptionGetsTheSameExitCodeAsABadValue() {
        CliRunner.Result r = CliRunner.run("time", "today", "--no-such-option");
        assertEquals(ErrorHandler.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("caravan: "), r.err());
    }

    @Test
    void timeNeedsADayNotAMonth() {
        CliRunner.Result r = CliRunner.run("time", "yesterday", "--date", "2024-05");
        assertEquals(ErrorHandler.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--date"), r.err());
    }

    @Test
    void aGoodDateAndLanguageAreUsed() {
        CliRunner.Result r = CliRunner.run("time", "hier", "--date", "2024-05-10", "--lang", "FR");
        assertEquals(ErrorHandler.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("2024-05-09"), r.out());
    }

    @Test
    void aFileArgumentIsReadTheSameWayEverywhere(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("text.txt");
        Files.writeString(f, "yesterday");
        CliRunner.Result fromFile = CliRunner.run("time", f.toString(), "--date", "2024-05-10", "--lang", "en");
        CliRunner.Result fromText = CliRunner.run("time", "yesterday", "--date", "2024-05-10", "--lang", "en");
        assertEquals(ErrorHandler.OK, fromFile.exitCode(), fromFile.err());
        assertEquals(fromText.out(), fromFile.out());
        assertTrue(fromFile.out().contains("2024-05-09"), fromFile.out());
    }

    @Test
    void evalTimeAndExportReadTheirLanguageOptionTheSameWay() {
        CliRunner.Result time = CliRunner.run("eval", "time", "no-such-corpus", "--lang", "xx");
        CliRunner.Result export = CliRunner.run("export", "--format", "csv", "-o", "x.csv", "--lang", "fr,1x");
        assertEquals(ErrorHandler.USAGE, time.exitCode(), time.err());
        assertTrue(time.errLines().get(0).contains("--lang") && time.err().contains("xx"), time.err());
        assertEquals(ErrorHandler.USAGE, export.exitCode(), export.err());
        assertTrue(export.errLines().get(0).contains("--lang") && export.err().contains("1x"), export.err());
    }

    @Test
    void aLanguageTagIsCutToItsCodeAsDocumentsLanguagesAre() {
        assertEquals("fr", new DateLangOptions.LanguageConverter().convert("FR-fr"));
        assertEquals("en", new DateLangOptions.LanguageCodeConverter().convert(" en_US"));
        assertEquals("it", new DateLangOptions.LanguageCodeConverter().convert("IT"));
    }
}
