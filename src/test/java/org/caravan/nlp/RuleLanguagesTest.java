package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.nlp.NlpAssertions.assertConsistent;
import static org.caravan.nlp.NlpAssertions.assertEveryLetterIsInAToken;
import static org.caravan.nlp.NlpAssertions.lemmas;

import java.util.Random;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.junit.jupiter.api.Test;

/** Russian, German, Spanish and unknown languages: rule tokens and sentences, dictionary lemmas. */
class RuleLanguagesTest {

    private final NlpStage stage = NlpStage.create(NlpConfig.defaults());

    private Document annotate(String lang, String text) {
        Document d = Document.of("t", Metadata.of("test"), text);
        Document out = stage.process(lang.isEmpty() ? d : d.withLang(lang));
        assertConsistent(out);
        return out;
    }

    @Test
    void russianGetsTokensSentencesAndDictionaryLemmas() {
        Document d = annotate("ru", "Президенты встретились в мае. Они подписали договор.");
        assertThat(d.sentences()).hasSize(2);
        assertThat(lemmas(d)).isEqualTo("Президенты/президент встретились/встретиться в/в мае/май ./. "
                + "Они/они подписали/подписать договор/договор ./.");
        assertThat(d.layers()).contains(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS).doesNotContain(Layer.POS);
    }

    @Test
    void germanLemmasPreferVerbsOverParticiplesUsedAsAdjectives() {
        Document d = annotate("de", "Die Präsidenten trafen sich in Berlin. Sie unterzeichneten ein Abkommen.");
        assertThat(d.sentences()).hasSize(2);
        assertThat(lemmas(d)).contains("Präsidenten/Präsident", "trafen/treffen",
                "unterzeichneten/unterzeichnen", "Abkommen/Abkommen");
    }

    @Test
    void spanishLemmasComeFromTheDictionary() {
        Document d = annotate("es", "Los presidentes se reunieron en Madrid. Fue elegido.");
        assertThat(lemmas(d)).contains("presidentes/presidente", "reunieron/reunir", "Fue/ser", "elegido/elegir");
    }

    @Test
    void initialsOrdinalsAndAbbreviationsDoNotEndSentences() {
        String de = "Am 3. Oktober traf Dr. Müller z. B. Herrn Schmidt. Ende.";
        assertThat(annotate("de", de).sentences()).extracting(s -> s.span().of(de))
                .containsExactly("Am 3. Oktober traf Dr. Müller z. B. Herrn Schmidt.", "Ende.");
        String ru = "В. Путин встретился с Си 3 окт. в Москве. Конец.";
        assertThat(annotate("ru", ru).sentences()).hasSize(2);
        String es = "El Sr. García viajó a EE. UU. el martes. Fin.";
        assertThat(annotate("es", es).sentences()).extracting(s -> s.span().of(es))
                .containsExactly("El Sr. García viajó a EE. UU. el martes.", "Fin.");
    }

    @Test
    void aNumberEndsASentenceWhereOrdinalsAreNotWrittenWithAPeriod() {
        assertThat(annotate("es", "El PIB creció un 3. Luego cayó.").sentences()).hasSize(2);
    }

    @Test
    void regionSubtagsAreIgnored() {
        assertThat(lemmas(annotate("es-MX", "Firmaron."))).isEqualTo("Firmaron/firmar ./.");
        assertThat(lemmas(annotate("DE_at", "Sie trafen sich."))).contains("trafen/treffen");
    }

    @Test
    void unknownWordsFallBackToLowerCase() {
        Document d = annotate("de", "Xyzzyquux.");
        assertThat(d.tokens().get(0).lemma()).isEqualTo("xyzzyquux");
    }

    @Test
    void unknownOrMissingLanguageStillGetsTokensAndSentences() {
        for (String lang : new String[] {"", "tr", "zz"}) {
            Document d = annotate(lang, "Bir iki üç. Dört beş!\n\nAltı");
            assertThat(d.sentences()).hasSize(3);
            assertThat(d.tokens()).extracting(t -> t.text())
                    .containsExactly("Bir", "iki", "üç", ".", "Dört", "beş", "!", "Altı");
            assertThat(d.tokens()).allMatch(t -> t.pos().equals("X"));
        }
    }

    @Test
    void offsetsMatchTheTextWithNonBreakingSpacesQuotesAndParagraphs() {
        String text = "«\u00A0Hola\u00A0», dijo “el señor” García.\n\nEl 3\u202F000 euros d’España.\r\n\r\nFin";
        Document d = annotate("es", text);
        assertThat(d.sentences()).extracting(s -> s.span().of(text))
                .containsExactly("«\u00A0Hola\u00A0», dijo “el señor” García.", "El 3\u202F000 euros d’España.", "Fin");
        assertThat(d.tokens()).noneMatch(t -> t.text().contains("\u00A0"));
    }

    @Test
    void emptyTextGivesEmptyLayers() {
        Document d = annotate("ru", "");
        assertThat(d.tokens()).isEmpty();
        assertThat(d.sentences()).isEmpty();
        assertThat(d.has(Layer.TOKENS)).isTrue();
    }

    @Test
    void randomTextNeverCrashes() {
        Random r = new Random(42);
        String alphabet = " .\n\u00A0abcé!«»’";
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(300);
            for (int j = 0; j < n; j++) {
                b.append((char) (r.nextInt(5) == 0 ? r.nextInt(0x10000) : alphabet.charAt(r.nextInt(alphabet.length()))));
            }
            assertEveryLetterIsInAToken(annotate(new String[] {"ru", "de", "es", ""}[i % 4], b.toString()));
        }
    }

    @Test
    void aVeryLongTextIsCutWithAWarning() {
        String text = "Слово ".repeat(50_000);
        Document d = NlpStage.create(NlpConfig.defaults().withMaxChars(10_000))
                .process(Document.of("t", Metadata.of("test"), text).withLang("ru"));
        assertConsistent(d);
        assertThat(d.tokens().get(d.tokens().size() - 1).span().end()).isLessThanOrEqualTo(10_000);
        assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("first"));
    }
}
