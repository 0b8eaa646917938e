package org.caravan.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlTest {

    private static final String GOLD = "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
            + "value=\"2013-03-22\" functionInDocument=\"CREATION_TIME\">March 22, 2013</TIMEX3></DCT>\n<TEXT>\n"
            + "AT&amp;T <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3>"
            + " it would grow.\n</TEXT>\n<TLINK lid=\"l1\"/>\n</TimeML>\n";

    @Test
    void readsThePlainTextAndTheCreationTime(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.tml"), GOLD);

        TimeMl doc = TimeMl.read(f);

        assertThat(doc.text()).isEqualTo("\nAT&T said Thursday it would grow.\n");
        assertThat(doc.creationTime()).contains(LocalDate.of(2013, 3, 22));
    }

    @Test
    void writesOurTagsIntoTheSameTextEscaped(@TempDir Path dir) throws IOException {
        TimeMl doc = TimeMl.read(Files.writeString(dir.resolve("a.tml"), GOLD));
        var times = TimeStage.withBuiltInRules().find(doc.text(), "en", doc.creationTime());

        String out = doc.annotate(times);

        assertThat(out).contains("AT&amp;T said <TIMEX3 tid=\"t1000\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3>")
                .contains("<DCT>").doesNotContain("EVENT").endsWith("</TEXT>\n</TimeML>\n");
        assertThat(TimeMl.read(Files.writeString(dir.resolve("ours.tml"), out)).text()).isEqualTo(doc.text());
    }

    @Test
    void aFileThatIsNotWellFormedIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.tml"), GOLD.replace("</EVENT>", ""));

        assertThatThrownBy(() -> TimeMl.read(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.tml")
                .hasMessageContaining("not well-formed");
    }

    @Test
    void emptyTextGivesAnEmptyDocument(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("e.tml"), "<TimeML><TEXT></TEXT></TimeML>");

        assertThat(TimeMl.read(f).text()).isEmpty();
        assertThat(TimeMl.read(f).creationTime()).isEmpty();
    }

}
