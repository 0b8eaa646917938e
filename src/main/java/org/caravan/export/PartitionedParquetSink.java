package org.caravan.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events as a folder of Parquet files partitioned by the year and month of their date, in the Hive layout that
 * DuckDB, Spark and pandas read as one table ({@code year_month=2022-09/part-0.parquet}); events dated to a year only go
 * to {@code year_month=2022}, undated ones to {@code year_month=undated}. One file per month is open at a time per month seen, each with small row groups, so
 * memory stays bounded by the number of months. Not thread-safe.
 */
public final class PartitionedParquetSink implements EventSink {

    static final String UNDATED = "undated";
    private static final int ROW_GROUP_BYTES = 4 * 1024 * 1024;

    private final Path dir;
    private final Map<String, ParquetSink> parts = new TreeMap<>();

    public PartitionedParquetSink(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        String month = partition(e.text("date"));
        ParquetSink sink = parts.get(month);
        if (sink == null) {
            Path part = Files.createDirectories(dir.resolve("year_month=" + month)).resolve("part-0.parquet");
            sink = new ParquetSink(part, ROW_GROUP_BYTES);
            parts.put(month, sink);
        }
        sink.write(e);
    }

    /** The {@code year_month} partition of an event's ISO date (empty when undated); the Spark job uses it too. */
    public static String partition(String date) {
        return date.length() >= 7 ? date.substring(0, 7) : date.length() == 4 ? date : UNDATED;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ParquetSink s : parts.values()) {
            try {
                s.close();
            } catch (IOException x) {
                first = first == null ? x : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
