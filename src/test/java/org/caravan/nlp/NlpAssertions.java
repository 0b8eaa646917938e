package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.model.Document;
import org.caravan.model.Sentence;
import org.caravan.model.Token;

/** Checks every offset of the NLP layers against the text. */
final class NlpAssertions {

    private NlpAssertions() {
    }

    /** Token texts equal the text their spans cover, tokens are ordered, sentences hold their tokens. */
    static void assertConsistent(Document d) {
        int previousEnd = 0;
        for (int i = 0; i < d.tokens().size(); i++) {
            Token t = d.tokens().get(i);
            assertThat(t.index()).isEqualTo(i);
            assertThat(t.span().of(d.text())).as("token %s", t).isEqualTo(t.text());
            assertThat(t.text()).isNotBlank();
            assertThat(t.span().start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.span().end();
        }
        int next = 0;
        for (Sentence s : d.sentences()) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.endToken()).isGreaterThan(s.firstToken());
            for (Token t : d.tokensOf(s)) {
                assertThat(t.sentence()).isEqualTo(s.index());
                assertThat(s.span().contains(t.span())).isTrue();
            }
            next = s.endToken();
        }
        assertThat(next).isEqualTo(d.tokens().size());
        d.dependencies().forEach(dep -> {
            assertThat(dep.dependent()).isBetween(0, d.tokens().size() - 1);
            assertThat(dep.head()).isBetween(-1, d.tokens().size() - 1);
        });
    }

    /** The golden form "text/lemma" of each token, space-separated. */
    static String lemmas(Document d) {
        StringBuilder b = new StringBuilder();
        for (Token t : d.tokens()) {
            b.append(b.length() == 0 ? "" : " ").append(t.text()).append('/').append(t.lemma());
        }
        return b.toString();
    }
}
