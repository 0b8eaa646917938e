package org.caravan.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.caravan.model.Dependency;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;

/**
 * Dependency parses of the sentences a filter accepts (by default all), on the tokens and tags
 * {@link NlpStage} made: nothing is tokenized or tagged twice, and sentences no later stage needs
 * are not parsed. Sentences longer than {@link NlpConfig#maxParseTokens()} are skipped (one
 * info diagnostic counts them). Documents in a language without a parser pass through unchanged.
 *
 * <p>Thread-safe when the library's parsers are (CoreNLP's are) and the filter is.
 */
public final class ParseStage implements org.caravan.pipeline.Stage {

    private static final String NAME = "parse";

    private final NlpLibrary library;
    private final NlpConfig config;
    private final Predicate<SentenceView> filter;
    private final Set<Layer> requires;

    private ParseStage(NlpLibrary library, NlpConfig config, Predicate<SentenceView> filter, Set<Layer> filterNeeds) {
        this.library = Objects.requireNonNull(library, "library");
        this.config = Objects.requireNonNull(config, "config");
        this.filter = Objects.requireNonNull(filter, "filter");
        EnumSet<Layer> needs = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS);
        needs.addAll(filterNeeds);
        this.requires = java.util.Collections.unmodifiableSet(needs);
    }

    /** Parses every sentence, with CoreNLP. */
    public static ParseStage create(NlpConfig config) {
        return new ParseStage(CoreNlpLibrary.instance(), config, s -> true, Set.of());
    }

    /**
     * Parses the sentences {@code filter} accepts, with CoreNLP; {@code filterNeeds} are the layers the filter
     * reads (the trigger filter: mentions and lemmas), so that the pipeline builder refuses a wrong order.
     */
    public static ParseStage create(NlpConfig config, Predicate<SentenceView> filter, Set<Layer> filterNeeds) {
        return new ParseStage(CoreNlpLibrary.instance(), config, filter, filterNeeds);
    }

    /** Parses the sentences {@code filter} accepts, reading only the NLP layers. */
    public static ParseStage create(NlpLibrary library, NlpConfig config, Predicate<SentenceView> filter) {
        return create(library, config, filter, Set.of());
    }

    public static ParseStage create(NlpLibrary library, NlpConfig config, Predicate<SentenceView> filter,
                                    Set<Layer> filterNeeds) {
        return new ParseStage(library, config, filter, filterNeeds);
    }

    @Override
    public Document process(Document document) {
        String lang = NlpStage.language(document);
        if (!library.tags(lang) || !document.has(Layer.POS)) {
            return document;
        }
        Optional<SentenceParser> parser = library.parser(lang);
        if (parser.isEmpty()) {
            return document;
        }
        List<Dependency> deps = new ArrayList<>();
        int tooLong = 0;
        Document d = document;
        for (Sentence s : document.sentences()) {
            if (s.endToken() - s.firstToken() > config.maxParseTokens()) {
                tooLong++;
                continue;
            }
            SentenceView view = new SentenceView(document, s);
            if (!filter.test(view)) {
                continue;
            }
            try {
                deps.addAll(parser.get().parse(view));
            } catch (RuntimeException e) {
                d = d.withDiagnostic(Diagnostic.warning(NAME, "sentence " + s.index() + " not parsed: " + e));
            }
        }
        if (tooLong > 0) {
            d = d.withDiagnostic(new Diagnostic(Diagnostic.Severity.INFO, NAME, tooLong
                    + " sentence(s) longer than " + config.maxParseTokens() + " tokens not parsed"));
        }
        return d.withNlp(d.sentences(), d.tokens(), deps, d.entities(), EnumSet.of(Layer.DEPENDENCIES));
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.DEPENDENCIES);
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
