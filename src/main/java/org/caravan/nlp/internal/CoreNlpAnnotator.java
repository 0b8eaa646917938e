package org.caravan.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caravan.model.Entity;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.model.Token;
import org.caravan.nlp.Annotated;
import org.caravan.nlp.NlpAdapter;

/**
 * French and English through Stanford CoreNLP: tokenize, ssplit (paragraph breaks end sentences),
 * for French mwt (its parts are merged back into the written word, which takes its first part's tag
 * and lemma), pos, and NER when asked. English PTB tags become Universal POS tags
 * ({@link PosMapping}) and English lemmas are CoreNLP's; French tags are already UPOS and French
 * lemmas come from LanguageTool's dictionary ({@link DictionaryLemmatizer}), as CoreNLP has no
 * French lemmatizer. Entity labels are unified by {@code /nlp/entity-types.tsv} (PERSON, LOCATION,
 * ORGANIZATION, MISC). Thread-safe (see {@link CoreNlpModels}).
 */
public final class CoreNlpAnnotator implements NlpAdapter {

    private final String lang;
    private final boolean ner;
    private final StanfordCoreNLP pipeline;
    private final Optional<DictionaryLemmatizer> lemmatizer;

    private CoreNlpAnnotator(String lang, boolean ner) {
        this.lang = lang;
        this.ner = ner;
        this.pipeline = CoreNlpModels.annotator(lang, ner);
        this.lemmatizer = lang.equals("fr") ? DictionaryLemmatizer.forLanguage("fr") : Optional.empty();
    }

    /** The annotator of {@code en} or {@code fr}; models are loaded on first use and shared. */
    public static CoreNlpAnnotator forLanguage(String lang, boolean ner) {
        if (!CoreNlpModels.LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("CoreNLP models for '" + lang + "' are not installed");
        }
        return new CoreNlpAnnotator(lang, ner);
    }

    @Override
    public Annotated annotate(String text) {
        String input = sanitize(text);
        if (lang.equals("fr")) {
            input = input.replace('\u2019', '\''); // the French models learnt elisions with ' (l', n', qu')
        }
        Annotation doc = new Annotation(input);
        try {
            pipeline.annotate(doc);
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            throw new IllegalStateException("CoreNLP failed: " + e.getMessage(), e);
        }
        Optional<DictionaryLemmatizer.Session> session = lemmatizer.map(DictionaryLemmatizer::session);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences == null ? List.<CoreMap>of() : coreSentences) {
            int first = tokens.size();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            addTokens(text, labels, sentences.size(), tokens, session);
            if (lang.equals("en")) {
                rememberTags(labels);
            }
            if (tokens.size() > first) {
                Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
                sentences.add(new Sentence(sentences.size(), span, first, tokens.size()));
            }
        }
        Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.POS);
        List<Entity> entities = List.of();
        if (ner) {
            entities = entities(doc, text.length(), lang);
            layers.add(Layer.ENTITIES);
        }
        return new Annotated(sentences, tokens, entities, layers);
    }

    /** The sentence's English words and PTB tags, for the parser ({@link EnglishTagMemo}); tagged sentences only. */
    private static void rememberTags(List<CoreLabel> labels) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (CoreLabel label : labels == null ? List.<CoreLabel>of() : labels) {
            if (label.word() == null || label.tag() == null) {
                return;
            }
            words.add(label.word());
            tags.add(label.tag());
        }
        EnglishTagMemo.remember(words, tags);
    }

    private void addTokens(String text, List<CoreLabel> labels, int sentence, List<Token> tokens,
                           Optional<DictionaryLemmatizer.Session> session) {
        int lastEnd = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end();
        List<CoreLabel> kept = new ArrayList<>();
        for (CoreLabel label : labels == null ? List.<CoreLabel>of() : labels) {
            int begin = label.beginPosition();
            int end = label.endPosition();
            if (begin < lastEnd || end <= begin || end > text.length()) {
                continue; // a later part of a multi-word token, or an offset CoreNLP got wrong
            }
            kept.add(label);
            lastEnd = end;
        }
        List<String> tags = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel label : kept) {
            String word = text.substring(label.beginPosition(), label.endPosition());
            tags.add(label.tag() == null ? "X" : label.tag());
            lemmas.add(label.lemma() == null ? word.toLowerCase(Locale.ROOT) : label.lemma());
        }
        List<String> upos = lang.equals("en") ? PosMapping.pennTreebank().upos(tags, lemmas) : tags;
        for (int i = 0; i < kept.size(); i++) {
            CoreLabel label = kept.get(i);
            String word = text.substring(label.beginPosition(), label.endPosition());
            String lemma = lemmas.get(i);
            if (!lang.equals("en")) {
                String part = Boolean.TRUE.equals(label.isMWT()) && label.word() != null ? label.word() : word;
                String tag = upos.get(i);
                lemma = session.map(l -> l.lemma(part, tag)).orElse(part.toLowerCase(Locale.ROOT));
            }
            tokens.add(new Token(tokens.size(), sentence, new Span(label.beginPosition(), label.endPosition()),
                    word, lemma, upos.get(i)));
        }
    }

    /**
     * The text with lone surrogates and control characters (which CoreNLP's lexer rejects) replaced
     * by spaces: same length, so offsets are unchanged; token texts are taken from the original.
     */
    static String sanitize(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (b != null) {
                        b.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                        || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE;
            }
            if (bad && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(bad ? ' ' : c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static final java.util.Map<String, String> ENTITY_TYPES = entityTypes();

    private static java.util.Map<String, String> entityTypes() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String[] row : Tsv.read("/nlp/entity-types.tsv", 3)) {
            m.put(row[0] + "\t" + row[1], row[2]);
        }
        return java.util.Map.copyOf(m);
    }

    private static List<Entity> entities(Annotation doc, int length, String lang) {
        List<Entity> out = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (b != null && e != null && type != null && 0 <= b && b < e && e <= length) {
                out.add(new Entity(new Span(b, e), ENTITY_TYPES.getOrDefault(lang + "\t" + type, type)));
            }
        }
        return out;
    }
}
