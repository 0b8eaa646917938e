package org.caravan.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code caravan export}, by the name the command line uses. */
public enum ExportFormat {
    GDELT_EVENTS("gdelt-events"),
    GDELT_MENTIONS("gdelt-mentions"),
    CSV("csv"),
    JSONL("jsonl"),
    PARQUET("parquet");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format of a command-line name, if there is one. */
    public static Optional<ExportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.label.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The names, for messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::label).toList());
    }

    /** Whether this format can write a folder of partitions rather than one file. */
    public boolean partitions() {
        return this == PARQUET;
    }

    /**
     * A sink writing this format to {@code target} (text formats in UTF-8): one file, or for a partitioned format
     * with {@code folder}, a folder of partitions.
     */
    public EventSink open(Path target, boolean folder, GdeltCodes codes) throws IOException {
        if (this == PARQUET) {
            return folder ? new PartitionedParquetSink(target) : new ParquetSink(target, 64 * 1024 * 1024);
        }
        BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        return switch (this) {
            case GDELT_EVENTS -> new GdeltEventsSink(w, codes);
            case GDELT_MENTIONS -> new GdeltMentionsSink(w);
            case CSV -> new CsvSink(w);
            case JSONL -> new JsonlSink(w);
            case PARQUET -> throw new AssertionError("handled above");
        };
    }
}
