package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.nlp.NlpAssertions.assertConsistent;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.caravan.model.Token;
import org.junit.jupiter.api.Test;

/** German and Spanish: Caravan's rule tokens, CoreNLP's UD tags and dependency parses from the models jars. */
class UdTaggedLanguagesTest {

    private final NlpStage nlp = NlpStage.create(NlpConfig.defaults());
    private final ParseStage parse = ParseStage.create(NlpConfig.defaults());

    private Document annotate(String lang, String text) {
        Document out = parse.process(nlp.process(Document.of("t", Metadata.of("test"), text).withLang(lang)));
        assertConsistent(out);
        return out;
    }

    private static String tags(Document d) {
        return d.tokens().stream().map(t -> t.text() + "/" + t.pos()).collect(Collectors.joining(" "));
    }

    private static String arc(Document d, String dependent) {
        List<Token> ts = d.tokens();
        for (Dependency dep : d.dependencies()) {
            if (ts.get(dep.dependent()).text().equals(dependent)) {
                return dep.relation() + "(" + (dep.head() < 0 ? "ROOT" : ts.get(dep.head()).text()) + ")";
            }
        }
        return "none";
    }

    @Test
    void germanTokensGetUniversalTagsAndAParse() {
        Document d = annotate("de", "Scholz traf den Präsidenten in Berlin.");
        assertThat(d.layers()).contains(Layer.POS, Layer.DEPENDENCIES);
        assertThat(tags(d)).startsWith("Scholz/PROPN traf/VERB den/DET Präsidenten/NOUN");
        assertThat(arc(d, "Scholz")).isEqualTo("nsubj(traf)");
        assertThat(arc(d, "Präsidenten")).isEqualTo("obj(traf)");
    }

    @Test
    void aContractionStaysOneTokenTaggedAsItsPreposition() {
        Document de = annotate("de", "Merkel reiste zum Gipfel.");
        Document es = annotate("es", "Sánchez viajó al país del norte.");
        assertThat(tags(de)).contains("zum/ADP");
        assertThat(tags(es)).contains("al/ADP").contains("del/ADP");
        assertThat(de.tokens()).extracting(Token::text).containsExactly("Merkel", "reiste", "zum", "Gipfel", ".");
    }

    @Test
    void spanishSubjectAndObjectComeFromTheParse() {
        Document d = annotate("es", "El presidente recibió a su homólogo en Madrid.");
        assertThat(arc(d, "presidente")).isEqualTo("nsubj(recibió)");
        assertThat(tags(d)).contains("recibió/VERB");
    }

    @Test
    void emptyTextGivesNoTokens() {
        Document d = annotate("es", "");
        assertThat(d.tokens()).isEmpty();
        assertThat(d.dependencies()).isEmpty();
    }

    @Test
    void randomTextKeepsSpansInsideTheText() {
        Random r = new Random(7);
        StringBuilder b = new StringBuilder();
        String alphabet = "abcdeéäöüñ ÄÖÜ.,;:!?«»-\n0123456789zumdelal ";
        for (int i = 0; i < 3000; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        for (String lang : List.of("de", "es")) {
            Document d = annotate(lang, b.toString());
            assertThat(d.tokens()).allSatisfy(t -> assertThat(t.span().end()).isLessThanOrEqualTo(b.length()));
        }
    }
}
