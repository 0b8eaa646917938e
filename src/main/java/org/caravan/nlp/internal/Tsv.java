package org.caravan.nlp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caravan.data.TsvLines;

/**
 * Reads the NLP data files: UTF-8, tab-separated, {@code #} comments, one header line.
 * Stateless and thread-safe.
 */
public final class Tsv {

    private Tsv() {
    }

    /** The rows of a classpath resource, header excluded; each row has exactly {@code columns} fields. */
    public static List<String[]> read(String resource, int columns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (TsvLines.Line line : TsvLines.read(r).stream().skip(1).toList()) {
                String[] f = line.cells().toArray(String[]::new);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": expected " + columns
                            + " tab-separated fields, found " + f.length + " in " + Arrays.toString(f));
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
