package org.caravan.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.caravan.data.DataFileException;
import org.caravan.data.TsvLines;

/**
 * Reads one tab-separated knowledge-base file: {@code #} comments and blank lines skipped, a header naming
 * exactly the expected columns, then rows of at most that many cells (missing trailing cells are empty). A column
 * written with a trailing {@code ?} ("usual?") was added in a later version: a user's file whose header stops
 * before it still loads, its cells empty.
 * Every problem is a {@link DataFileException} naming the file and the line. Stateless.
 */
final class Tsv {

    /** One row with the file and line it came from. */
    record Row(String file, int line, List<String> cells) {

        String get(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        String required(int i, String column) {
            String v = get(i);
            if (v.isEmpty()) {
                throw error("empty " + column);
            }
            return v;
        }

        DataFileException error(String message) {
            return new DataFileException(file, line, message);
        }

        String where() {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    static List<Row> read(BufferedReader in, String file, String... columns) throws IOException {
        List<TsvLines.Line> lines = TsvLines.read(in);
        if (lines.isEmpty()) {
            throw new DataFileException(file, "no header line");
        }
        TsvLines.Line header = lines.get(0);
        List<String> expected = java.util.Arrays.stream(columns).map(c -> c.replace("?", "")).toList();
        int required = 0;
        while (required < columns.length && !columns[required].endsWith("?")) {
            required++;
        }
        List<String> named = header.cells().stream().map(String::strip).toList();
        if (named.size() < required || named.size() > expected.size()
                || !expected.subList(0, named.size()).equals(named)) {
            throw new DataFileException(file, header.number(), "header must be '"
                    + String.join("\\t", expected) + "', found '" + String.join("\\t", header.cells()) + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (TsvLines.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() > named.size()) {
                throw new DataFileException(file, line.number(), line.cells().size()
                        + " cells, expected at most " + named.size() + " (" + String.join(", ", named) + ")");
            }
            rows.add(new Row(file, line.number(), line.cells()));
        }
        return rows;
    }

    /** Splits a cell of {@code |}-separated values, dropping empty ones. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
