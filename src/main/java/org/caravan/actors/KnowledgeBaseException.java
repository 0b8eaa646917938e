package org.caravan.actors;

/** A knowledge-base file that cannot be read or parsed; the message names the file and the line. */
public final class KnowledgeBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
