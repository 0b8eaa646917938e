package org.caravan.nlp.internal;

import edu.stanford.nlp.parser.nndep.CaravanScorer;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stanford CoreNLP's models, loaded once per language (and NER switch) and shared by every stage
 * and thread. The objects handed out are used concurrently: CoreNLP's own multi-threaded
 * {@code StanfordCoreNLP.annotate(Iterable, int, Consumer)} runs one pipeline, with one instance of
 * each annotator (tagger, NER, neural dependency parser), on several threads, and Caravan relies on
 * the same guarantee. Thread-safe.
 */
public final class CoreNlpModels {

    /** Languages CoreNLP tokenizes and tags itself. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr");

    /**
     * Languages tokenized by Caravan's rules but tagged and parsed by CoreNLP's Universal Dependencies models
     * (the {@code models-german} and {@code models-spanish} jars): the tagger and the parser of each.
     */
    private static final Map<String, String[]> UD_MODELS = Map.of(
            "de", new String[] {"edu/stanford/nlp/models/pos-tagger/german-ud.tagger", "edu/stanford/nlp/models/parser/nndep/UD_German.gz"},
            "es", new String[] {"edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger", "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz"});

    /** Languages with a CoreNLP tagger and dependency parser, however tokenized. */
    public static final java.util.Set<String> PARSED = java.util.Set.of("en", "fr", "de", "es");

    private static final String FRENCH_PROPERTIES = "StanfordCoreNLP-french.properties";
    private static final String ENGLISH_PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String ENGLISH_TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String ENGLISH_NER = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<String, DependencyParser> PARSERS = new ConcurrentHashMap<>();
    private static final Map<String, MaxentTagger> TAGGERS = new ConcurrentHashMap<>();

    static {
        RedwoodConfiguration.empty().apply();
    }

    private CoreNlpModels() {
    }

    /** tokenize, ssplit, (mwt for fr), pos, (lemma for en) and, when asked, a 4-class NER. */
    public static StanfordCoreNLP annotator(String lang, boolean ner) {
        return PIPELINES.computeIfAbsent(lang + (ner ? "+ner" : ""), k -> new StanfordCoreNLP(properties(lang, ner)));
    }

    /** The full default pipeline of a language, tokenize through depparse, for the baseline. */
    public static StanfordCoreNLP fullPipeline(String lang) {
        return PIPELINES.computeIfAbsent(lang + "+full", k -> new StanfordCoreNLP(fullProperties(lang)));
    }

    /**
     * The neural dependency parser of a language, if CoreNLP has one here, with {@link CaravanScorer} in place of
     * its classifier: the same parses, faster.
     */
    public static Optional<DependencyParser> parser(String lang) {
        if (!PARSED.contains(lang)) {
            return Optional.empty();
        }
        return Optional.of(PARSERS.computeIfAbsent(lang, k -> CaravanScorer.install(privateParser(switch (k) {
            case "fr" -> french().getProperty("depparse.model");
            case "en" -> ENGLISH_PARSER;
            default -> UD_MODELS.get(k)[1];
        }))));
    }

    /**
     * A parser of Caravan's own, not CoreNLP's cached one ({@code DependencyParser.loadFromModelFile} shares its
     * instances through a static cache, which the baseline's annotators use too): the scorer is installed in this
     * instance only, so CoreNLP's own pipeline, the yardstick of {@code bench}, keeps CoreNLP's classifier.
     */
    private static DependencyParser privateParser(String model) {
        DependencyParser p = new DependencyParser(new Properties());
        p.loadModelFile(model);
        return p;
    }

    /** The Universal POS tagger of a language tokenized by Caravan's rules (de, es), if CoreNLP has one here. */
    public static Optional<MaxentTagger> udTagger(String lang) {
        String[] models = UD_MODELS.get(lang);
        return models == null ? Optional.empty() : Optional.of(TAGGERS.computeIfAbsent(lang, k -> new MaxentTagger(models[0])));
    }

    /** The English Penn Treebank tagger, whose fine tags the English parser needs. */
    public static MaxentTagger englishTagger() {
        return TAGGERS.computeIfAbsent("en", k -> new MaxentTagger(ENGLISH_TAGGER));
    }

    private static Properties properties(String lang, boolean ner) {
        Properties p = lang.equals("fr") ? french() : new Properties();
        StringBuilder annotators = new StringBuilder("tokenize,ssplit");
        if (lang.equals("fr")) {
            annotators.append(",mwt,pos");
        } else {
            p.setProperty("tokenize.language", "en");
            annotators.append(",pos,lemma");
            p.setProperty("ner.model", ENGLISH_NER);
        }
        if (ner) {
            annotators.append(",ner");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.buildEntityMentions", "true");
        }
        p.setProperty("annotators", annotators.toString());
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", "300");
        return p;
    }

    private static Properties fullProperties(String lang) {
        Properties p;
        if (lang.equals("fr")) {
            p = french();
        } else if (lang.equals("en")) {
            p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        } else {
            p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit");
        }
        return p;
    }

    private static Properties french() {
        Properties p = new Properties();
        try (InputStream in = CoreNlpModels.class.getClassLoader().getResourceAsStream(FRENCH_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(FRENCH_PROPERTIES + " not on the classpath (stanford-corenlp models-french)");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FRENCH_PROPERTIES, e);
        }
        return p;
    }
}
