package org.caravan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.model.Document;
import org.caravan.model.Entity;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.Mention;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.model.TimeExpression;
import org.caravan.model.Token;

/**
 * The span-consistency check every stage's random-input test runs on what the stage returned: every span of every
 * layer lies inside the text, a token's, mention's or time expression's text is what its span covers, tokens come in
 * order, sentences hold their tokens, an event's mentions point into an existing sentence of the same document.
 * Stateless.
 */
public final class SpanChecks {

    private SpanChecks() {
    }

    public static void assertSpansInsideText(Document d) {
        int length = d.text().length();
        int previousEnd = 0;
        for (int i = 0; i < d.tokens().size(); i++) {
            Token t = d.tokens().get(i);
            inside(t.span(), length, "token " + t);
            assertThat(t.index()).as("index of token %s", t).isEqualTo(i);
            assertThat(t.span().of(d.text())).as("text of token %s", t).isEqualTo(t.text());
            assertThat(t.span().start()).as("token %s starts after the one before", t)
                    .isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.span().end();
        }
        for (Sentence s : d.sentences()) {
            inside(s.span(), length, "sentence " + s);
            assertThat(s.endToken()).as("sentence %s", s).isBetween(s.firstToken(), d.tokens().size());
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                assertThat(s.span().contains(d.tokens().get(i).span())).as("sentence %s holds token %d", s, i)
                        .isTrue();
            }
        }
        for (Entity e : d.entities()) {
            inside(e.span(), length, "entity " + e);
        }
        for (Mention m : d.mentions()) {
            inside(m.span(), length, "mention " + m);
            assertThat(m.span().of(d.text())).as("text of mention %s", m).isEqualTo(m.text());
        }
        for (TimeExpression t : d.times()) {
            inside(t.span(), length, "time expression " + t);
            assertThat(t.span().of(d.text())).as("text of time expression %s", t).isEqualTo(t.text());
        }
        for (Event e : d.events()) {
            assertThat(e.mentions()).as("mentions of event %s", e.id()).isNotEmpty();
            for (EventMention m : e.mentions()) {
                inside(m.span(), length, "mention of event " + e.id());
                assertThat(m.docId()).as("document of event %s", e.id()).isEqualTo(d.id());
                assertThat(m.sentence()).as("sentence of event %s", e.id()).isNotNegative()
                        .isLessThan(d.sentences().size());
            }
        }
    }

    private static void inside(Span s, int length, String what) {
        assertThat(s.end()).as("%s ends inside the text (%d chars)", what, length).isLessThanOrEqualTo(length);
    }
}
