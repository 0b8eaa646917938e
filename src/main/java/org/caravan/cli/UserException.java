package org.caravan.cli;

/** An error the user can fix (bad argument, missing file): printed as one line, exit code 2. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
