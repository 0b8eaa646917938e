package org.caravan.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data file (a codebook, a lexicon, a knowledge-base file, bundled or the user's) that cannot be read or holds a
 * malformed line. The message names the file and, when the problem is on one line, the line
 * ({@code FILE:LINE: what}); the command line prints it as one line with exit code 2. The one exception type of
 * every data-file reader.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern WHERE = Pattern.compile("(.+):(\\d+)");

    private final String file;
    private final int line;

    /** A problem on a line ({@code line} from 1), or with the whole file ({@code line} 0). */
    public DataFileException(String file, int line, String message) {
        this(file, line, message, null);
    }

    /** A problem with the whole file (it cannot be read, it is not expected there). */
    public DataFileException(String file, String message) {
        this(file, 0, message, null);
    }

    public DataFileException(String file, String message, Throwable cause) {
        this(file, 0, message, cause);
    }

    private DataFileException(String file, int line, String message, Throwable cause) {
        super((line > 0 ? file + ":" + line : file) + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    /** A problem at {@code where}, written {@code FILE:LINE} (as data readers keep it) or {@code FILE}. */
    public static DataFileException at(String where, String message) {
        Matcher m = WHERE.matcher(where);
        return m.matches() ? new DataFileException(m.group(1), Integer.parseInt(m.group(2)), message)
                : new DataFileException(where, message);
    }

    public String file() {
        return file;
    }

    /** The line, from 1; 0 when the problem is with the whole file. */
    public int line() {
        return line;
    }
}
