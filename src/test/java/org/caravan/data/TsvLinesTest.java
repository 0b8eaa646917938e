package org.caravan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvLinesTest {

    private static List<TsvLines.Line> read(String text) throws Exception {
        return TsvLines.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws Exception {
        List<TsvLines.Line> lines = read("\uFEFF# about\nlang\tword\n\n  # indented comment\nfr\tmai\n");
        assertThat(lines).containsExactly(new TsvLines.Line(2, List.of("lang", "word")),
                new TsvLines.Line(5, List.of("fr", "mai")));
    }

    @Test
    void keepsEmptyTrailingCells() throws Exception {
        assertThat(read("a\tb\tc\nx\t\t\n").get(1).cells()).containsExactly("x", "", "");
    }

    @Test
    void emptyInputHasNoLines() throws Exception {
        assertThat(read("")).isEmpty();
    }
}
