package org.caravan.events;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.caravan.data.DataFileException;
import org.caravan.data.TsvLines;

/**
 * A tab-separated data file with a header row and {@code #} comments, read whole. Each row keeps the
 * file name and line number so that errors can name them. Immutable once read; thread-safe.
 */
final class TsvTable {

    /** One data line. */
    record Row(String file, int line, List<String> cells) {
        String get(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        DataFileException error(String message) {
            return new DataFileException(file, line, message);
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads a table; every row must have at least {@code minColumns} cells and at most as many as the header.
     */
    static TsvTable read(InputStream in, String file, int minColumns) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<TsvLines.Line> lines = TsvLines.read(r);
            if (lines.isEmpty()) {
                throw new DataFileException(file, "no header row");
            }
            List<String> header = lines.get(0).cells();
            List<Row> rows = new ArrayList<>();
            for (TsvLines.Line line : lines.subList(1, lines.size())) {
                List<String> cells = line.cells();
                if (cells.size() < minColumns) {
                    throw new DataFileException(file, line.number(), "expected at least " + minColumns
                            + " tab-separated columns, found " + cells.size());
                }
                if (cells.size() > header.size()) {
                    throw new DataFileException(file, line.number(), "expected at most " + header.size()
                            + " columns, found " + cells.size());
                }
                rows.add(new Row(file, line.number(), cells));
            }
            return new TsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a classpath resource. */
    static TsvTable resource(String path, int minColumns) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return read(in, path, minColumns);
    }
}
