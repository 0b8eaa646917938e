package org.caravan.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.nlp.internal.RuleAnnotator;

/**
 * Sentences, tokens, lemmas, parts of speech and, when {@link NlpConfig#ner()} is on, named
 * entities, by the {@link NlpLibrary} for the document's language. Only the first
 * {@link NlpConfig#maxChars()} characters are annotated (cut at a space), with a warning. A document
 * without a language, or in a language the library does not know, gets rule-based sentences and
 * tokens. If the library fails on a text, the rule annotator takes over and a warning says why.
 *
 * <p>Thread-safe when the library is (CoreNLP's is: see {@link CoreNlpLibrary}); the models are
 * shared, so one instance can serve every worker.
 */
public final class NlpStage implements org.caravan.pipeline.Stage {

    private static final String NAME = "nlp";

    private final NlpLibrary library;
    private final NlpConfig config;

    private NlpStage(NlpLibrary library, NlpConfig config) {
        this.library = Objects.requireNonNull(library, "library");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The stage over CoreNLP. */
    public static NlpStage create(NlpConfig config) {
        return new NlpStage(CoreNlpLibrary.instance(), config);
    }

    public static NlpStage create(NlpLibrary library, NlpConfig config) {
        return new NlpStage(library, config);
    }

    @Override
    public Document process(Document document) {
        String lang = NlpStage.language(document);
        String text = document.text();
        int cut = cutPoint(text, config.maxChars());
        Document d = document;
        if (cut < text.length()) {
            d = d.withDiagnostic(Diagnostic.warning(NAME, "text of " + text.length()
                    + " characters: annotated the first " + cut + " (max-chars " + config.maxChars() + ")"));
        }
        String part = text.substring(0, cut);
        Annotated a;
        try {
            a = library.annotator(lang, config).annotate(part);
        } catch (RuntimeException | StackOverflowError e) {
            d = d.withDiagnostic(Diagnostic.warning(NAME, library.name() + " failed (" + e
                    + "); rule-based tokens and sentences instead"));
            a = RuleAnnotator.forLanguage(lang).annotate(part);
        }
        return d.withNlp(a.sentences(), a.tokens(), List.of(), a.entities(), a.layers());
    }

    /** The document's primary language subtag, lower case ({@code fr-FR} is {@code fr}); empty when unknown. */
    static String language(Document document) {
        String tag = document.lang().orElse("").trim().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return dash >= 0 ? tag.substring(0, dash) : tag;
    }

    /** The end of the part to annotate: the whole text, or up to the last space before the limit. */
    static int cutPoint(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
            cut--;
        }
        return cut;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> provides() {
        EnumSet<Layer> p = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.POS);
        if (config.ner()) {
            p.add(Layer.ENTITIES);
        }
        return p;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
