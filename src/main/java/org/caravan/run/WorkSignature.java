package org.caravan.run;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a stored document was made with, stored beside it: the pipeline's stages, Caravan's code, the user's
 * knowledge base and the user's lexicons for the document's language. Written
 * {@code STAGES;code=H;kb=H;lexicons=LANG:H}. A later run compares it with its own to decide whether the stored work
 * is still good, and says why not. Immutable.
 *
 * @param lang the document's language ("-" when unknown), which decides the lexicons that count
 */
public record WorkSignature(String stages, String code, String kb, String lang, String lexicons) {

    private static final Pattern FORMAT = Pattern.compile("(.*);code=([^;]*);kb=([^;]*);lexicons=([^:;]*):([^;]*)");

    public WorkSignature {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(lexicons, "lexicons");
    }

    /** The signature of work done now on a document in {@code lang}. */
    public static WorkSignature of(String stages, Knowledge knowledge, String lang) {
        return new WorkSignature(stages, knowledge.code(), knowledge.kb(), lang, knowledge.lexiconsFor(lang));
    }

    /** Reads a stored signature; empty for one written by an older Caravan (stage names only). */
    public static Optional<WorkSignature> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        return m.matches() ? Optional.of(new WorkSignature(m.group(1), m.group(2), m.group(3), m.group(4),
                m.group(5))) : Optional.empty();
    }

    public String text() {
        return stages + ";code=" + code + ";kb=" + kb + ";lexicons=" + lang + ":" + lexicons;
    }

    /** Why work stored with {@code stored} is stale for a run with these stages and knowledge; empty if it is not. */
    public static Optional<String> staleBecause(String stored, String stages, Knowledge knowledge) {
        Optional<WorkSignature> old = parse(stored);
        if (old.isEmpty()) {
            return Optional.of("it was stored by an older Caravan");
        }
        WorkSignature now = of(stages, knowledge, old.get().lang());
        if (!now.stages().equals(old.get().stages())) {
            return Optional.of("the pipeline's stages changed");
        }
        if (!now.code().equals(old.get().code())) {
            return Optional.of("Caravan's code or bundled knowledge changed");
        }
        if (!now.kb().equals(old.get().kb())) {
            return Optional.of("the user's knowledge base changed");
        }
        if (!now.lexicons().equals(old.get().lexicons())) {
            return Optional.of("the user's lexicons for " + old.get().lang() + " changed");
        }
        return Optional.empty();
    }
}
