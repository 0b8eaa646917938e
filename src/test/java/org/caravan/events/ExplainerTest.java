package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    @Test
    void showsTheLexiconLineTheArgumentsAndWhyNothingWasCoded() {
        Document d = Fixture.of("fr", "Pékin n'a pas condamné Moscou. Xi a rencontré Tokaïev.").published("2022-09-14")
                .lemma("condamné", "condamner", "VERB").lemma("rencontré", "rencontrer", "VERB")
                .actor("Pékin", "CHN", "CHNGOV").actor("Moscou", "RUS", "RUSGOV")
                .actor("Xi", "CHN", "CHNGOV").actor("Tokaïev", "KAZ", "KAZGOV").build();
        StringWriter s = new StringWriter();
        new Explainer(EventCoder.standard()).explain(d, new PrintWriter(s));
        String out = s.toString();
        assertThat(out).contains("trigger 'condamné': condamner → 111 (events/triggers-fr.tsv:")
                .contains("source: Pékin=CHN (window subj)").contains("not coded: negated")
                .contains("coded: CHN→KAZ 040").contains("1 events after merging");
    }
}
