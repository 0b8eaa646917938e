package org.caravan.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.model.Document;
import org.caravan.model.Sentence;
import org.caravan.model.Token;
import org.caravan.testkit.SpanChecks;

/** Checks every offset of the NLP layers against the text. */
final class NlpAssertions {

    private NlpAssertions() {
    }

    /**
     * Every span inside the text ({@link SpanChecks}), token texts equal the text their spans cover, tokens are
     * ordered, sentences hold their tokens and follow each other.
     */
    static void assertConsistent(Document d) {
        SpanChecks.assertSpansInsideText(d);
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

    /**
     * No word is lost: every letter and digit of the text lies inside a token (for random-input tests, where an
     * annotator that dropped its input would otherwise pass).
     */
    static void assertEveryLetterIsInAToken(Document d) {
        assertEveryLetterIsInAToken(d, c -> true);
    }

    /** As {@link #assertEveryLetterIsInAToken(Document)}, for the letters and digits that {@code which} accepts. */
    static void assertEveryLetterIsInAToken(Document d, java.util.function.IntPredicate which) {
        String text = d.text();
        int t = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || !which.test(text.charAt(i))) {
                continue;
            }
            while (t < d.tokens().size() && d.tokens().get(t).span().end() <= i) {
                t++;
            }
            int at = i;
            assertThat(t < d.tokens().size() && d.tokens().get(t).span().start() <= i)
                    .as("character %d ('%s', U+%04X) of %s lies in a token", at, text.charAt(at), (int) text.charAt(at),
                            text)
                    .isTrue();
        }
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
