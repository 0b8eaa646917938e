package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.events.UserLexicons;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed user data file (knowledge-base folder, trigger lexicon) stops the command with one line naming the
 * file and the line, and exit code 2: no "internal error", no stack trace, the same again on a second run.
 */
class DataFileErrorsTest {

    private static final String OFFICES_HEADER = "person\toffice\tcountry\tstart\tend\n";

    @TempDir
    Path dir;

    @AfterEach
    void clearLexicons() {
        System.clearProperty(UserLexicons.PROPERTY);
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("in.txt"), "Paris, 3 March 2020. France criticised Russia on Tuesday.\n");
    }

    private CliRunner.Result analyze(String... options) throws IOException {
        return CliRunner.analyze(dir, input(), options);
    }

    private Path kb(String file, String content) throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(kb.resolve(file), content);
        return kb;
    }

    private static void assertOneLine(CliRunner.Result r, String where) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("caravan: ").contains(where)
                .doesNotContain("internal error", "Exception", "\tat ");
    }

    @Test
    void aBadDateInAUserKnowledgeBaseNamesTheFileAndLine() throws IOException {
        Path kb = kb("offices.tsv", OFFICES_HEADER + "# mine\ntokayev_kassym_jomart\thead_of_state\tKAZ\t20x9\t\n");

        CliRunner.Result r = analyze("--kb", kb.toString());

        assertOneLine(r, kb.resolve("offices.tsv") + ":3: bad date '20x9'");
    }

    @Test
    void theSameErrorComesAgainOnASecondRunNotAnInitialiserFailure() throws IOException {
        Path kb = kb("offices.tsv", OFFICES_HEADER + "tokayev_kassym_jomart\thead_of_state\tKAZ\tsoon\t\n");

        CliRunner.Result first = analyze("--kb", kb.toString());
        CliRunner.Result second = analyze("--kb", kb.toString());

        assertOneLine(first, "offices.tsv:2:");
        assertThat(second.err()).isEqualTo(first.err());
        assertThat(second.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownColumnInAKnowledgeBaseFileNamesTheFileAndItsHeaderLine() throws IOException {
        Path kb = kb("people.tsv", "id\tname\tcountry\tnickname\nx_y\tX Y\tFRA\txy\n");

        assertOneLine(analyze("--kb", kb.toString()), kb.resolve("people.tsv") + ":1: header must be");
    }

    @Test
    void aLineWithTooManyCellsNamesTheFileAndLine() throws IOException {
        Path kb = kb("people.tsv", "id\tname\tcountry\taliases\nx_y\tX Y\tFRA\txy\tmore\n");

        assertOneLine(analyze("--kb", kb.toString()), kb.resolve("people.tsv") + ":2:");
    }

    @Test
    void anUnknownFileInTheKnowledgeBaseFolderIsNamed() throws IOException {
        Path kb = kb("peoples.tsv", "id\tname\tcountry\taliases\n");

        assertOneLine(analyze("--kb", kb.toString()), kb.resolve("peoples.tsv") + ": unknown knowledge-base file");
    }

    @Test
    void theActorsCommandReportsABadKnowledgeBaseTheSameWay() throws IOException {
        Path kb = kb("offices.tsv", OFFICES_HEADER + "tokayev_kassym_jomart\thead_of_state\tKAZ\t2019-13-40\t\n");

        CliRunner.Result r = CliRunner.run("actors", "--kb", kb.toString(), "Tokayev spoke.");

        assertOneLine(r, kb.resolve("offices.tsv") + ":2: bad date");
    }

    @Test
    void aMalformedUserLexiconLineNamesTheFileAndLine() throws IOException {
        Path lexicon = Files.writeString(dir.resolve("mine.tsv"), "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\n"
                + "en\tscold\tVERB\t999\tsubj\tobj\t\n");
        System.setProperty(UserLexicons.PROPERTY, lexicon.toString());

        CliRunner.Result r = analyze();

        assertOneLine(r, lexicon + ":2: unknown CAMEO code '999'");
    }

    @Test
    void aMissingUserLexiconIsNamed() throws IOException {
        Path missing = dir.resolve("nowhere.tsv");
        System.setProperty(UserLexicons.PROPERTY, missing.toString());

        assertOneLine(analyze(), missing + ": no such lexicon file or directory");
    }

    @Test
    void aGoodUserLexiconIsUsedAndTheRunSucceeds() throws IOException {
        Path lexicon = Files.writeString(dir.resolve("mine.tsv"), "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\n"
                + "en\tscold\tVERB\t111\tsubj\tobj\t\n");
        System.setProperty(UserLexicons.PROPERTY, lexicon.toString());

        CliRunner.Result r = analyze();

        assertThat(r.exitCode()).as(r.err()).isZero();
    }
}
