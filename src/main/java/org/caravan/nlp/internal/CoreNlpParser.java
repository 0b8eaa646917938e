package org.caravan.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caravan.model.Dependency;
import org.caravan.model.Token;
import org.caravan.nlp.SentenceParser;
import org.caravan.nlp.SentenceView;

/**
 * CoreNLP's neural dependency parser ({@code nndep}) run directly on Caravan's tokens. French
 * tokens get their UPOS tags and contractions are split back into their parts
 * ({@link Contractions}); the written word takes the arc of its first part whose head lies outside
 * it. English tokens are re-tagged with CoreNLP's PTB tagger, whose fine tags the English model was
 * trained on (the token layer only keeps UPOS): the tags the NLP stage's tagger gave the same words when there
 * are ({@link EnglishTagMemo}), else the tagger's. Thread-safe (see {@link CoreNlpModels}).
 */
public final class CoreNlpParser implements SentenceParser {

    private final String lang;
    private final DependencyParser parser;

    private CoreNlpParser(String lang, DependencyParser parser) {
        this.lang = lang;
        this.parser = parser;
    }

    /** The parser of {@code en}, {@code fr}, {@code de} or {@code es}; its model is loaded on first use and shared. */
    public static java.util.Optional<SentenceParser> forLanguage(String lang) {
        return CoreNlpModels.parser(lang).map(p -> new CoreNlpParser(lang, p));
    }

    @Override
    public List<Dependency> parse(SentenceView sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> parts = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        if (lang.equals("en")) {
            englishParts(tokens, parts, owner);
        } else {
            splitParts(lang, tokens, parts, owner);
        }
        CoreMap coreSentence = new ArrayCoreMap();
        coreSentence.set(CoreAnnotations.TokensAnnotation.class, parts);
        GrammaticalStructure gs = parser.predict(coreSentence);
        List<TypedDependency> arcs = new ArrayList<>(gs.typedDependencies());
        arcs.sort(Comparator.comparingInt(td -> td.dep().index()));
        boolean[] done = new boolean[tokens.size()];
        int base = tokens.get(0).index();
        List<Dependency> out = new ArrayList<>();
        for (TypedDependency td : arcs) {
            int dep = owner.get(td.dep().index() - 1);
            int gov = td.gov().index() <= 0 ? -1 : owner.get(td.gov().index() - 1);
            if (dep == gov || done[dep - base]) {
                continue;
            }
            done[dep - base] = true;
            out.add(new Dependency(gov, dep, td.reln().toString()));
        }
        return out;
    }

    private static void englishParts(List<Token> tokens, List<CoreLabel> parts, List<Integer> owner) {
        List<Word> words = new ArrayList<>();
        for (Token t : tokens) {
            words.add(new Word(englishForm(t.text())));
        }
        List<String> forms = words.stream().map(Word::word).toList();
        List<String> tags = EnglishTagMemo.tags(forms).orElseGet(
                () -> CoreNlpModels.englishTagger().tagSentence(words).stream().map(TaggedWord::tag).toList());
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tags.size() == tokens.size() ? tags.get(i) : "NN";
            parts.add(label(words.get(i).word(), tag, parts.size()));
            owner.add(tokens.get(i).index());
        }
    }

    /** The word as CoreNLP's English tokenizer writes it: ASCII apostrophes, PTB quotes. */
    private static String englishForm(String text) {
        switch (text) {
            case "\u201C", "\u201E", "\u00AB":
                return "``";
            case "\u201D", "\u00BB":
                return "''";
            case "\u2018":
                return "`";
            default:
                return text.replace('\u2019', '\'');
        }
    }

    /** French, German and Spanish: the written words with their UPOS tags, contractions split into their parts. */
    private static void splitParts(String lang, List<Token> tokens, List<CoreLabel> parts, List<Integer> owner) {
        Contractions contractions = Contractions.forLanguage(lang);
        for (Token t : tokens) {
            var split = lang.equals("fr") ? contractions.split(t.text(), t.pos()) : contractions.parts(t.text());
            if (split.isPresent()) {
                for (Contractions.Part p : split.get()) {
                    parts.add(label(p.word(), p.upos(), parts.size()));
                    owner.add(t.index());
                }
            } else {
                parts.add(label(t.text().replace('\u2019', '\''), t.pos(), parts.size()));
                owner.add(t.index());
            }
        }
    }

    private static CoreLabel label(String word, String tag, int position) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        l.setTag(tag);
        l.setIndex(position + 1);
        return l;
    }
}
