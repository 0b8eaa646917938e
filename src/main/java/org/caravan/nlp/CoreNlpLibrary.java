package org.caravan.nlp;

import java.util.Optional;
import org.caravan.nlp.internal.CoreNlpAnnotator;
import org.caravan.nlp.internal.CoreNlpModels;
import org.caravan.nlp.internal.CoreNlpParser;
import org.caravan.nlp.internal.TaggedAnnotator;

/**
 * Stanford CoreNLP 4.5.10 for French and English (tokens, sentences, UPOS, NER, neural dependency
 * parses; French lemmas from LanguageTool's dictionary); for German and Spanish the generic rule
 * annotator's tokens with CoreNLP's UD tagger and neural dependency parser; the rule annotator with
 * LanguageTool dictionary lemmas for Russian, plain tokens and sentences for any other language. Models load on first use, once per JVM. Thread-safe.
 */
public final class CoreNlpLibrary implements NlpLibrary {

    private static final CoreNlpLibrary INSTANCE = new CoreNlpLibrary();

    private CoreNlpLibrary() {
    }

    public static CoreNlpLibrary instance() {
        return INSTANCE;
    }

    @Override
    public NlpAdapter annotator(String lang, NlpConfig config) {
        if (CoreNlpModels.LANGUAGES.contains(lang)) {
            return CoreNlpAnnotator.forLanguage(lang, config.ner());
        }
        return TaggedAnnotator.forLanguage(lang);
    }

    @Override
    public Optional<SentenceParser> parser(String lang) {
        return CoreNlpParser.forLanguage(lang);
    }

    @Override
    public boolean tags(String lang) {
        return CoreNlpModels.PARSED.contains(lang);
    }

    @Override
    public String name() {
        return "Stanford CoreNLP 4.5.10 + LanguageTool dictionaries";
    }
}
