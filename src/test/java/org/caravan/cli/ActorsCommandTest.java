package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {

    private static final String KB = "src/test/resources/actors/kb";

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void listsEachMentionWithOffsetsNameKeyCodeAndReason() {
        Result r = run("actors", "--kb", KB, "--date", "2015-06-01", "--lang", "en",
                "The Kazakh president met the Russian foreign minister in Moscow.");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "4-20\tKazakh president\tNursultan Nazarbayev\tKAZ\tKAZGOV\toffice head_of_state of KAZ held by "
                        + "Nursultan Nazarbayev on 2015-06-01",
                "29-53\tRussian foreign minister\tSergey Lavrov\tRUS\tRUSGOV\toffice foreign_minister of RUS held by "
                        + "Sergey Lavrov on 2015-06-01",
                "57-63\tMoscow\tplace Moscow\tRUS\t55.76,37.62\tplace after a locative, alias 'Moscow'");
    }

    @Test
    void theDateChangesTheOfficeHolder() {
        Result r = run("actors", "--kb", KB, "--date", "2023-11-09", "--lang", "en", "The Kazakh president spoke.");
        assertThat(r.out()).contains("Kassym-Jomart Tokayev\tKAZ\tKAZGOV");
    }

    @Test
    void readsAFileWhenGivenOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Pékin a dénoncé l'OTAN.");
        Result r = run("actors", "--kb", KB, "--lang", "fr", f.toString());
        assertThat(r.out().lines()).containsExactly(
                "0-5\tPékin\tChina\tCHN\tCHNGOV\tcapital Beijing acting for its state",
                "18-22\tOTAN\tNorth Atlantic Treaty Organization\tNATO\tNATO\torganisation alias 'OTAN'");
    }

    @Test
    void badDateIsAUsageError() {
        Result r = run("actors", "--date", "yesterday", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--date");
    }

    @Test
    void malformedUserFileIsAUsageErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("offices.tsv"), "person\toffice\tcountry\tstart\tend\nx\ty\n");
        Result r = run("actors", "--kb", dir.toString(), "text");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("offices.tsv") + ":2");
    }

    @Test
    void conflictingAliasInUserFilesIsReportedOnStderr(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "id\tname\tcountry\taliases\n"
                + "a_one\tAnna One\tKAZ\tAnnaone\nb_two\tBoris Two\tKAZ\tAnnaone\n");
        Result r = run("actors", "--kb", dir.toString(), "Annaone spoke.");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning").contains("'Annaone'").contains("a_one").contains("b_two");
    }

    @Test
    void emptyTextPrintsNothing() {
        Result r = run("actors", "--kb", KB, "");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }
}
