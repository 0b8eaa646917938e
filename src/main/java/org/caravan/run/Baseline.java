package org.caravan.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A reference pipeline that {@code caravan bench --baseline} runs over the same documents, to compare speeds.
 * Implementations must be thread-safe: one instance serves every worker.
 */
@FunctionalInterface
public interface Baseline {

    /** Annotates the text and returns the number of tokens it found. */
    long annotate(String lang, String text);

    /** The class that runs Stanford CoreNLP's own pipeline (the nlp feature provides it). */
    String CORENLP_CLASS = "org.caravan.nlp.CoreNlpBaseline";

    /**
     * Stanford CoreNLP's own pipeline (tokenize through depparse), looked up by name so that the bench builds
     * without the nlp feature; empty when this build lacks it.
     */
    static Optional<Baseline> coreNlp() {
        Class<?> c;
        try {
            c = Class.forName(CORENLP_CLASS);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            Object instance = c.getDeclaredConstructor().newInstance();
            Method m = c.getMethod("annotate", String.class, String.class);
            return Optional.of((lang, text) -> invoke(m, instance, lang, text));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(CORENLP_CLASS + " cannot be used as a baseline: " + e, e);
        }
    }

    private static long invoke(Method m, Object target, String lang, String text) {
        try {
            return ((Number) m.invoke(target, lang, text)).longValue();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
