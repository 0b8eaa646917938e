package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.caravan.model.Token;
import org.caravan.nlp.internal.RuleAnnotator;
import org.caravan.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The parse stage's own logic, over a fake library (no models loaded). */
class ParseStageTest {

    /** Rule tokens tagged NOUN; the parser attaches every token to the sentence's first one. */
    private static final class FakeLibrary implements NlpLibrary {
        final List<String> parsed = new ArrayList<>();

        @Override
        public NlpAdapter annotator(String lang, NlpConfig config) {
            return text -> {
                Annotated a = RuleAnnotator.forLanguage("").annotate(text);
                List<Token> tagged = a.tokens().stream().map(t -> new Token(t.index(), t.sentence(), t.span(),
                        t.text(), t.lemma(), "NOUN")).toList();
                return new Annotated(a.sentences(), tagged, List.of(), EnumSet.of(Layer.SENTENCES, Layer.TOKENS,
                        Layer.LEMMAS, Layer.POS));
            };
        }

        @Override
        public Optional<SentenceParser> parser(String lang) {
            return lang.equals("xx") ? Optional.of(view -> {
                parsed.add(view.text());
                List<Dependency> deps = new ArrayList<>();
                List<Token> ts = view.tokens();
                deps.add(new Dependency(-1, ts.get(0).index(), "root"));
                ts.stream().skip(1).forEach(t -> deps.add(new Dependency(ts.get(0).index(), t.index(), "dep")));
                return deps;
            }) : Optional.empty();
        }

        @Override
        public boolean tags(String lang) {
            return true;
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    private final FakeLibrary library = new FakeLibrary();

    private Document tagged(String lang, String text) {
        Document d = Document.of("t", Metadata.of("test"), text).withLang(lang);
        return NlpStage.create(library, NlpConfig.defaults()).process(d);
    }

    @Test
    void parsesOnlyTheSentencesTheFilterAccepts() {
        Document d = tagged("xx", "Alpha meets Beta. Nothing here. Gamma sees Alpha.");
        Document out = ParseStage.create(library, NlpConfig.defaults(), s -> s.text().contains("Alpha"))
                .process(d);
        assertThat(library.parsed).containsExactly("Alpha meets Beta.", "Gamma sees Alpha.");
        assertThat(out.dependencies()).filteredOn(x -> x.head() == -1).extracting(Dependency::dependent)
                .containsExactly(0, 7);
        assertThat(out.has(Layer.DEPENDENCIES)).isTrue();
    }

    @Test
    void skipsOverlongSentencesWithADiagnostic() {
        Document d = tagged("xx", "word ".repeat(30) + ". Short one.");
        Document out = ParseStage.create(library, new NlpConfig(false, 1000, 10), s -> true).process(d);
        assertThat(library.parsed).containsExactly("Short one.");
        assertThat(out.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("10 tokens"));
    }

    @Test
    void leavesLanguagesWithoutAParserUnchanged() {
        Document d = tagged("yy", "Alpha meets Beta.");
        assertThat(ParseStage.create(library, NlpConfig.defaults(), s -> true).process(d)).isEqualTo(d);
    }

    @Test
    void emptyDocumentGetsAnEmptyParse() {
        Document out = ParseStage.create(library, NlpConfig.defaults(), s -> true).process(tagged("xx", ""));
        assertThat(out.dependencies()).isEmpty();
        assertThat(library.parsed).isEmpty();
    }

    @Test
    void pipelineRefusesTheParseStageWithoutTags() {
        assertThatThrownBy(() -> Pipeline.builder().add(ParseStage.create(library, NlpConfig.defaults(), s -> true)))
                .hasMessageContaining("stage 'parse' needs layer").hasMessageContaining("no earlier stage provides");
    }

    @Test
    void declaresTheLayersItsFilterReadsSoTheBuilderRefusesAWrongOrder() {
        ParseStage stage = ParseStage.create(library, NlpConfig.defaults(), s -> true,
                EnumSet.of(Layer.MENTIONS, Layer.LEMMAS));
        assertThat(stage.requires()).contains(Layer.TOKENS, Layer.POS, Layer.MENTIONS, Layer.LEMMAS);
        Pipeline.Builder tagged = Pipeline.builder().add(new org.caravan.ingest.LanguageStage())
                .add(NlpStage.create(NlpConfig.defaults()));
        assertThatThrownBy(() -> tagged.add(stage)).hasMessageContaining("needs layer MENTIONS");
    }
}
