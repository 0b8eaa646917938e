package org.caravan.ingest;

/** Input that could not be read: the location (file, line or record) and what is wrong. */
public record SourceError(String location, String message) implements SourceItem {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
