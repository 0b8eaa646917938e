package org.caravan.nlp.internal;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caravan.model.Layer;
import org.caravan.model.Sentence;
import org.caravan.model.Token;
import org.caravan.nlp.Annotated;
import org.caravan.nlp.NlpAdapter;

/**
 * Caravan's rule tokens and sentences ({@link RuleAnnotator}) with Universal POS tags from a CoreNLP UD
 * tagger, for the languages CoreNLP tags and parses but whose tokenizer Caravan does not use (German,
 * Spanish). Contractions ({@code zum}, {@code del}) are split into their parts for the tagger, which was
 * trained on split words; the written word keeps its first part's tag. Lemmas stay the rule annotator's.
 * Thread-safe: the tagger is shared (as CoreNLP's own multi-threaded pipeline shares it) and the annotator
 * keeps no state between calls.
 */
public final class TaggedAnnotator implements NlpAdapter {

    private final NlpAdapter tokenizer;
    private final MaxentTagger tagger;
    private final Contractions contractions;

    private TaggedAnnotator(NlpAdapter tokenizer, MaxentTagger tagger, Contractions contractions) {
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.contractions = contractions;
    }

    /** The tagged annotator of a language with a UD tagger here, else the plain rule annotator. */
    public static NlpAdapter forLanguage(String lang) {
        RuleAnnotator rules = RuleAnnotator.forLanguage(lang);
        return CoreNlpModels.udTagger(lang)
                .<NlpAdapter>map(t -> new TaggedAnnotator(rules, t, Contractions.forLanguage(lang)))
                .orElse(rules);
    }

    @Override
    public Annotated annotate(String text) {
        Annotated plain = tokenizer.annotate(text);
        List<Token> tokens = new ArrayList<>(plain.tokens().size());
        for (Sentence s : plain.sentences()) {
            tokens.addAll(tagged(plain.tokens().subList(s.firstToken(), s.endToken())));
        }
        Set<Layer> layers = EnumSet.copyOf(plain.layers());
        layers.add(Layer.POS);
        return new Annotated(plain.sentences(), tokens, plain.entities(), layers);
    }

    private List<Token> tagged(List<Token> sentence) {
        List<Word> words = new ArrayList<>();
        List<Integer> firstPart = new ArrayList<>();
        for (Token t : sentence) {
            firstPart.add(words.size());
            var parts = contractions.parts(t.text());
            if (parts.isPresent()) {
                parts.get().forEach(p -> words.add(new Word(p.word())));
            } else {
                words.add(new Word(t.text()));
            }
        }
        List<TaggedWord> tags = words.isEmpty() ? List.of() : tagger.tagSentence(words);
        List<Token> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            String tag = tags.size() == words.size() ? tags.get(firstPart.get(i)).tag() : "X";
            out.add(new Token(t.index(), t.sentence(), t.span(), t.text(), t.lemma(), tag));
        }
        return out;
    }
}
