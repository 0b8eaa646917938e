package org.caravan.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caravan.store.EventRecord;

/**
 * Events as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends, UTF-8) with a header line, one
 * event per line, flattened: actors and place as columns, the documents and URLs joined by {@code |}. Not
 * thread-safe.
 */
public final class CsvSink implements EventSink {

    public static final List<String> COLUMNS = List.of("global_id", "id", "date", "date_precision", "cameo", "root",
            "quad_class", "goldstein", "source_name", "source_key", "source_code", "source_id", "target_name",
            "target_key", "target_code", "target_id", "place_name", "place_country", "place_lat", "place_lon",
            "mentions", "sources", "confidence", "doc_ids", "urls", "evidence");

    private final CSVPrinter printer;

    public CsvSink(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get());
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(e.globalId()));
        for (String f : List.of("id", "date", "date_precision", "cameo", "root", "quad_class", "goldstein")) {
            row.add(e.text(f));
        }
        for (String role : List.of("source", "target")) {
            for (String f : List.of("name", "key", "code", "id")) {
                row.add(e.actor(role, f));
            }
        }
        for (String f : List.of("name", "country", "lat", "lon")) {
            row.add(e.location().map(l -> l.path(f).isNull() ? "" : l.path(f).asText("")).orElse(""));
        }
        row.add(Integer.toString(e.mentions().size()));
        row.add(Integer.toString(e.documents().size()));
        row.add(e.text("confidence"));
        row.add(String.join("|", e.documents().keySet()));
        row.add(String.join("|", e.documents().values().stream().map(EventRecord::url)
                .flatMap(java.util.Optional::stream).toList()));
        row.add(e.text("evidence"));
        printer.printRecord(row);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
