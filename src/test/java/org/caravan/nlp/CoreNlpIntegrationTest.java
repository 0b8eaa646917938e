package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.nlp.NlpAssertions.assertConsistent;
import static org.caravan.nlp.NlpAssertions.assertEveryLetterIsInAToken;
import static org.caravan.nlp.NlpAssertions.lemmas;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.caravan.model.Sentence;
import org.caravan.model.Token;
import org.junit.jupiter.api.Test;

/**
 * French and English through the real CoreNLP models (slow: loads the taggers, the parsers and,
 * in one test, the NER models). All model-backed tests live here.
 */
class CoreNlpIntegrationTest {

    private static final NlpStage NLP = NlpStage.create(NlpConfig.defaults());
    private static final ParseStage PARSE = ParseStage.create(NlpConfig.defaults());

    private static Document annotate(String lang, String text) {
        Document d = PARSE.process(NLP.process(Document.of("t", Metadata.of("test"), text).withLang(lang)));
        assertConsistent(d);
        return d;
    }

    /** "relation(head, dependent)" with token texts, root as "ROOT". */
    private static List<String> arcs(Document d) {
        List<String> out = new ArrayList<>();
        for (Dependency x : d.dependencies()) {
            String head = x.head() < 0 ? "ROOT" : d.tokens().get(x.head()).text();
            out.add(x.relation() + "(" + head + ", " + d.tokens().get(x.dependent()).text() + ")");
        }
        return out;
    }

    @Test
    void frenchOffsetsMatchTheTextExactly() {
        String text = "«\u00A0L’accord est signé\u00A0», a déclaré M. Macron à l'Élysée.\n\n"
                + "Le président “a été reçu” au Kazakhstan\net à Astana, dit-il.";
        Document d = annotate("fr", text);
        assertThat(d.sentences()).extracting(s -> s.span().of(text)).containsExactly(
                "«\u00A0L’accord est signé\u00A0», a déclaré M. Macron à l'Élysée.",
                "Le président “a été reçu” au Kazakhstan\net à Astana, dit-il.");
        assertThat(d.tokens()).extracting(Token::text).contains("«", "L’", "accord", "signé", "»", "Élysée",
                "“", "”", "au", "Kazakhstan");
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutPunctuation() {
        String fr = "Xi Jinping au Kazakhstan\n\nLe président chinois est arrivé mercredi";
        assertThat(annotate("fr", fr).sentences()).extracting(s -> s.span().of(fr))
                .containsExactly("Xi Jinping au Kazakhstan", "Le président chinois est arrivé mercredi");
        String en = "Xi in Kazakhstan\n \nThe Chinese president arrived on Wednesday";
        assertThat(annotate("en", en).sentences()).extracting(s -> s.span().of(en))
                .containsExactly("Xi in Kazakhstan", "The Chinese president arrived on Wednesday");
    }

    @Test
    void frenchParseFindsSubjectObjectAndObliques() {
        Document d = annotate("fr", "À Pékin, le président a signé un accord.");
        assertThat(arcs(d)).contains("nsubj(signé, président)", "obj(signé, accord)", "obl:mod(signé, Pékin)",
                "root(ROOT, signé)");
        assertThat(d.tokens()).extracting(Token::pos).startsWith("ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB");
    }

    @Test
    void frenchPassiveAgentIsOblAgentAndContractionsAreSplitForTheParser() {
        Document d = annotate("fr", "Xi Jinping a été accueilli par Tokaïev au palais du président.");
        assertThat(arcs(d)).contains("nsubj:pass(accueilli, Xi)", "aux:pass(accueilli, été)",
                "obl:agent(accueilli, Tokaïev)", "case(palais, au)", "case(président, du)");
        assertThat(lemmas(d)).contains("a/avoir", "été/être", "accueilli/accueillir", "au/à", "du/de");
    }

    @Test
    void frenchReflexiveMeetingWithCoordinatedSubjects() {
        Document d = annotate("fr", "Poutine et Xi se sont rencontrés en mai.");
        assertThat(arcs(d)).contains("nsubj(rencontrés, Poutine)", "conj(Poutine, Xi)", "obl(rencontrés, mai)");
        assertThat(lemmas(d)).contains("sont/être", "rencontrés/rencontrer");
    }

    @Test
    void englishTagsAreUniversalAndTheParseHasUniversalRelations() {
        String text = "In Beijing, the president didn’t sign the treaty.\n\n“We will,” he said (later).";
        Document d = annotate("en", text);
        assertThat(d.sentences()).hasSize(2);
        assertThat(arcs(d)).contains("nsubj(sign, president)", "obj(sign, treaty)", "obl(sign, Beijing)",
                "nsubj(said, he)");
        assertThat(d.tokens()).extracting(t -> t.text() + "/" + t.pos()).contains("the/DET", "president/NOUN",
                "did/AUX", "sign/VERB", "Beijing/PROPN", "will/AUX", "“/PUNCT");
        assertThat(lemmas(d)).contains("did/do", "said/say");
    }

    @Test
    void englishPassiveAgentIsAnOblique() {
        Document d = annotate("en", "Xi was welcomed by Tokayev.");
        assertThat(arcs(d)).contains("nsubj:pass(welcomed, Xi)", "obl(welcomed, Tokayev)");
        assertThat(d.tokens().get(1).pos()).isEqualTo("AUX");
    }

    @Test
    void nerIsOffByDefaultAndGivesEntitiesWhenSwitchedOn() {
        String text = "Emmanuel Macron s'est rendu à Berlin.";
        assertThat(annotate("fr", text).has(Layer.ENTITIES)).isFalse();
        Document d = NlpStage.create(NlpConfig.defaults().withNer(true))
                .process(Document.of("t", Metadata.of("test"), text).withLang("fr"));
        assertThat(d.entities()).extracting(e -> e.span().of(text) + "/" + e.type())
                .contains("Emmanuel Macron/PERSON", "Berlin/LOCATION");
    }

    @Test
    void emptyTextGivesEmptyLayers() {
        for (String lang : new String[] {"fr", "en"}) {
            Document d = annotate(lang, "");
            assertThat(d.tokens()).isEmpty();
            assertThat(d.dependencies()).isEmpty();
        }
    }

    @Test
    void randomTextNeverCrashes() {
        Random r = new Random(7);
        String alphabet = " .\n\u00A0aé!«»’(\"-";
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(400); j > 0; j--) {
                b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            Document d = annotate(i % 2 == 0 ? "fr" : "en", b.toString());
            // CoreNLP's tokenizer deletes the characters it does not know (letters of recent Unicode versions, such
            // as U+4DBE): every letter of the test's alphabet must be kept
            assertEveryLetterIsInAToken(d, c -> alphabet.indexOf(c) >= 0);
            for (Sentence s : d.sentences()) {
                assertThat(d.dependencies().stream().filter(x -> x.head() < 0
                        && x.dependent() >= s.firstToken() && x.dependent() < s.endToken()))
                        .as("the parse of sentence %s has one root", s.span().of(d.text())).hasSize(1);
            }
        }
    }

    @Test
    void oneStageServesSeveralThreadsWithTheSameResults() throws Exception {
        String text = "Le ministre a rencontré son homologue russe à Moscou. Ils ont signé un accord.";
        Document expected = annotate("fr", text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> annotate("fr", text)));
            }
            for (Future<Document> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void baselineCountsTheTokensOfCoreNlpsFullPipeline() {
        assertThat(new CoreNlpBaseline().annotate("fr", "Poutine a rencontré Xi.")).isEqualTo(5);
        assertThat(new CoreNlpBaseline().annotate("ru", "Путин встретился с Си.")).isPositive();
    }
}
