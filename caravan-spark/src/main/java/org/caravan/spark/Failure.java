package org.caravan.spark;

import java.util.Objects;

/**
 * One bad input, a row of the {@code failures} output: the input file, where in it (the file, {@code file:line},
 * {@code file@offset} or a document id) and why.
 */
record Failure(String file, String location, String reason) implements Extracted {

    Failure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }
}
