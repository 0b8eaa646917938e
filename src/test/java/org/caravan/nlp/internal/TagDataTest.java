package org.caravan.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag mappings, contraction table and text sanitizer (data files, no models). */
class TagDataTest {

    private final PosMapping ptb = PosMapping.pennTreebank();

    @Test
    void mapsPennTreebankTagsToUniversalTags() {
        assertThat(ptb.upos("NNS", "treaty")).isEqualTo("NOUN");
        assertThat(ptb.upos("VBD", "sign")).isEqualTo("VERB");
        assertThat(ptb.upos("VBZ", "be")).isEqualTo("AUX");
        assertThat(ptb.upos("MD", "will")).isEqualTo("AUX");
        assertThat(ptb.upos("-LRB-", "(")).isEqualTo("PUNCT");
        assertThat(ptb.upos("NO-SUCH-TAG", "x")).isEqualTo("X");
    }

    @Test
    void doAndHaveAreAuxiliariesOnlyBeforeTheirVerbForm() {
        assertThat(ptb.upos(List.of("PRP", "VBD", "RB", "VB"), List.of("they", "do", "not", "sign")))
                .containsExactly("PRON", "AUX", "ADV", "VERB");
        assertThat(ptb.upos(List.of("VBZ", "DT", "NN", "VBN"), List.of("have", "the", "leader", "meet")))
                .containsExactly("AUX", "DET", "NOUN", "VERB");
        assertThat(ptb.upos(List.of("PRP", "VBD", "DT", "NN", "."), List.of("they", "have", "a", "deal", ".")))
                .containsExactly("PRON", "VERB", "DET", "NOUN", "PUNCT");
    }

    @Test
    void splitsFrenchContractionsTaggedAsPrepositionsOnly() {
        assertThat(Contractions.french().split("Au", "ADP")).hasValueSatisfying(parts ->
                assertThat(parts).extracting(Contractions.Part::word).containsExactly("à", "le"));
        assertThat(Contractions.french().split("des", "DET")).isEmpty();
        assertThat(Contractions.french().split("dans", "ADP")).isEmpty();
    }

    @Test
    void sanitizingKeepsTheLengthAndReplacesLoneSurrogatesAndControls() {
        String text = "a\uD800b\u0000c\uD83D\uDE00d\n";
        String clean = CoreNlpAnnotator.sanitize(text);
        assertThat(clean).hasSameSizeAs(text).isEqualTo("a b c\uD83D\uDE00d\n");
        assertThat(CoreNlpAnnotator.sanitize("plain")).isEqualTo("plain");
    }

    @Test
    void frenchLemmasFollowThePartOfSpeech() {
        DictionaryLemmatizer.Session fr = DictionaryLemmatizer.forLanguage("fr").orElseThrow().session();
        assertThat(fr.lemma("a", "AUX")).isEqualTo("avoir");
        assertThat(fr.lemma("été", "AUX")).isEqualTo("être");
        assertThat(fr.lemma("été", "NOUN")).isEqualTo("été");
        assertThat(fr.lemma("signé", "VERB")).isEqualTo("signer");
        assertThat(fr.lemma("L’", "DET")).isEqualTo("le");
        assertThat(fr.lemma("Tokaïev", "PROPN")).isEqualTo("tokaïev");
        assertThat(DictionaryLemmatizer.forLanguage("tr")).isEmpty();
    }
}
