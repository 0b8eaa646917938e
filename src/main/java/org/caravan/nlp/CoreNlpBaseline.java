package org.caravan.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Locale;
import org.caravan.nlp.internal.CoreNlpModels;

/**
 * Stanford CoreNLP's own full pipeline, the yardstick of {@code caravan bench --baseline corenlp}:
 * for {@code en} the default annotators tokenize, ssplit, pos, lemma, ner (default models, SUTime
 * and fine-grained classes included), depparse; for {@code fr} the annotators of the
 * {@code StanfordCoreNLP-french.properties} file shipped in the French models jar (tokenize, ssplit,
 * mwt, pos, ner, depparse). Other languages have no CoreNLP models here: they get tokenize and
 * ssplit with the default (English) rules. Pipelines are built once per language and shared;
 * thread-safe.
 */
public final class CoreNlpBaseline {

    /** Annotates a text with CoreNLP's full pipeline for the language; returns the number of tokens. */
    public long annotate(String lang, String text) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        Annotation a = new Annotation(text);
        CoreNlpModels.fullPipeline(CoreNlpModels.LANGUAGES.contains(l) ? l : "other").annotate(a);
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
