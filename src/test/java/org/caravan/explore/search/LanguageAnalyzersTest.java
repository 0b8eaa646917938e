package org.caravan.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {

    private static final Analyzer ANALYZER = LanguageAnalyzers.perField();

    static List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertThat(o.startOffset()).isBetween(0, o.endOffset());
                assertThat(o.endOffset()).isLessThanOrEqualTo(text.length());
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void frenchDropsElisionsAndStopWordsStemsLightlyAndFoldsAccents() {
        assertThat(terms("text_fr", "l'Élysée et les présidents")).isEqualTo(terms("text_fr", "Elysee president"))
                .hasSize(2).doesNotContain("l", "et", "les");
        assertThat(terms("text_fr", "le président")).isEqualTo(terms("text_fr", "présidents"));
        assertThat(terms("text_fr", "Tokaïev")).containsExactly("tokaiev");
    }

    @Test
    void eachLanguageHasItsOwnChain() {
        assertThat(terms("text_en", "the president's visits")).containsExactly("president", "visit");
        assertThat(terms("text_de", "die Präsidenten")).isEqualTo(terms("text_de", "Präsident"));
        assertThat(terms("text_es", "los presidentes")).isEqualTo(terms("text_es", "presidente"));
        assertThat(terms("text_ru", "президента")).isEqualTo(terms("text_ru", "президент"));
        assertThat(terms("text_other", "Tokaïev MET")).containsExactly("tokaiev", "met");
    }

    @Test
    void theFoldedFieldKeepsWholeWordsForNamesAcrossSpellings() {
        assertThat(terms(LanguageAnalyzers.FOLDED, "Kassym-Jomart Tokaïev")).containsExactly("kassym", "jomart",
                "tokaiev");
    }

    @Test
    void anUnknownLanguageUsesTheOtherField() {
        assertThat(LanguageAnalyzers.field("zh")).isEqualTo("text_other");
        assertThat(LanguageAnalyzers.field("fr")).isEqualTo("text_fr");
    }

    @Test
    void emptyTextHasNoTerms() {
        for (String f : LanguageAnalyzers.fields()) {
            assertThat(terms(f, "")).isEmpty();
        }
    }

    @Test
    void randomTextNeverBreaksAnyChain() {
        Random r = new Random(12);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(80); j > 0; j--) {
                b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26));
            }
            for (String f : LanguageAnalyzers.fields()) {
                terms(f, b.toString()).forEach(t -> assertThat(t).isNotEmpty());
            }
        }
    }
}
