package org.caravan.model;

/** A problem found while processing a document, recorded instead of thrown. */
public record Diagnostic(Severity severity, String stage, String message) {

    public enum Severity { INFO, WARNING, ERROR }

    public static Diagnostic warning(String stage, String message) {
        return new Diagnostic(Severity.WARNING, stage, message);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + stage + "] " + message;
    }
}
