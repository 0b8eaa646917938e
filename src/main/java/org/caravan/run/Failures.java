package org.caravan.run;

/** Turns an exception thrown while processing a document into the one-line reason stored with it. */
public final class Failures {

    private static final int MAX = 500;

    private Failures() {
    }

    /** The exception's type and message, and the first frame of Caravan's code that it went through. */
    public static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        if (sb.length() > MAX) {
            sb.setLength(MAX);
            sb.append('…');
        }
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.caravan.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                sb.append(" (at ").append(cls).append('.').append(f.getMethodName()).append(':')
                        .append(f.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString();
    }
}
