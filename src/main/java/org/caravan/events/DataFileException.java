package org.caravan.events;

/** A malformed line in a codebook or lexicon file: the message names the file and the line. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public DataFileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
