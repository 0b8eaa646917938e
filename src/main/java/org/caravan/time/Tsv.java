package org.caravan.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.caravan.data.TsvLines;

/** Reads the tab-separated data files: a header line, {@code #} comments and blank lines skipped. Stateless. */
final class Tsv {

    /** One data row with where it came from, for error messages. */
    record Row(String source, int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    private Tsv() {
    }

    static List<Row> read(InputStream in, String source, int minColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (TsvLines.Line line : TsvLines.read(r).stream().skip(1).toList()) {
                Row row = new Row(source, line.number(), List.copyOf(line.cells()));
                if (line.cells().size() < minColumns) {
                    throw row.error("expected " + minColumns + " tab-separated columns, found " + line.cells().size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
