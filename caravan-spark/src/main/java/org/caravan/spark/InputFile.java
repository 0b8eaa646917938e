package org.caravan.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a run, as the driver listed it: its place in input order (inputs as given, each folder's files
 * sorted by path, as {@code caravan analyze} reads them) and its Hadoop URI.
 */
record InputFile(int index, String uri) implements Serializable {

    InputFile {
        Objects.requireNonNull(uri, "uri");
        if (index < 0) {
            throw new IllegalArgumentException("a negative file index: " + index);
        }
    }

    /** The file's name, the last part of its URI. */
    String name() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
