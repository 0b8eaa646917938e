package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.testkit.SpanChecks.assertSpansInsideText;

import java.util.Random;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Metadata;
import org.junit.jupiter.api.Test;

class EventStageTest {

    @Test
    void addsAnEmptyEventLayerToAnEmptyDocument() {
        Document d = EventStage.standard().process(Fixture.of("fr", "").build());
        assertThat(d.events()).isEmpty();
        assertThat(d.has(Layer.EVENTS)).isTrue();
    }

    @Test
    void notesALanguageWithoutLexiconAndCodesNothing() {
        Document d = EventStage.standard().process(Fixture.of("zz", "Xi visited Kazakhstan.")
                .actor("Xi", "CHN", "CHNGOV").build());
        assertThat(d.events()).isEmpty();
        assertThat(d.diagnostics()).anySatisfy(x -> assertThat(x.message()).contains("zz"));
    }

    @Test
    void randomTextGivesEventsWhoseSpansStayInsideTheText() {
        Random rnd = new Random(42);
        int events = 0;
        String alphabet = "abcdefghij klmnopqrstuvwxyzéàçôöß«»'’.,;:?!-\n0123456789ЖЩфу ";
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(300);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String lang = new String[] {"fr", "en", "de", "es", "ru"}[n % 5];
            Fixture f = Fixture.of(lang, sb + " visite rencontre sanctions visit meeting");
            Document d = f.actor("a", "AAA", "AAA").actor("e", "EEE", "EEE").place("o", "O", "OOO").build();
            Document out = EventStage.standard().process(d);
            assertSpansInsideText(out);
            assertThat(out.has(Layer.EVENTS)).isTrue();
            events += out.events().size();
        }
        assertThat(events).as("events coded from the trigger words and actors of the random texts").isPositive();
    }

    @Test
    void requiresTheLayersItReads() {
        assertThat(EventStage.standard().requires()).contains(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS,
                Layer.MENTIONS, Layer.TIMEX);
        assertThat(EventStage.standard().provides()).containsExactly(Layer.EVENTS);
    }

    @Test
    void selectsForParsingOnlySentencesWithATriggerAndAnActor() {
        Document d = Fixture.of("en", "Xi visited Kazakhstan. The weather was fine. Xi slept.")
                .actor("Xi", "CHN", "CHNGOV").actor("Kazakhstan", "KAZ", "KAZ").build();
        TriggerSentenceFilter f = TriggerSentenceFilter.standard();
        assertThat(d.sentences()).extracting(s -> f.test(d, s)).containsExactly(true, false, false);
        assertThat(Document.of("x", Metadata.of("t"), "").sentences()).isEmpty();
    }
}
