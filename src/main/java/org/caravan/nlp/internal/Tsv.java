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
            boolean header = true;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns
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
