package org.caravan.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a tab-separated data file, as every data file of the project is written: UTF-8, a byte-order mark
 * tolerated, blank lines and {@code #} comments skipped. The first line returned is the header. Each line keeps its
 * number so that a reader can name the file and line in its errors. Stateless and thread-safe.
 */
public final class TsvLines {

    private TsvLines() {
    }

    /** A non-blank, non-comment line: its 1-based number and its cells (split on tabs, empty trailing cells kept). */
    public record Line(int number, List<String> cells) {
    }

    /** Reads every data line, header first; the caller checks the header and the columns. */
    public static List<Line> read(BufferedReader in) throws IOException {
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            lines.add(new Line(n, Arrays.asList(line.split("\t", -1))));
        }
        return lines;
    }
}
