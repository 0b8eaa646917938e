package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Span;
import org.junit.jupiter.api.Test;

/** Reported first-person plural speech and an organisation's own summit, against the story's main pair. */
class FirstPersonCounterpartTest {

    private static Fixture story(String lang, String text) {
        return Fixture.of(lang, text).published("2018-07-09")
                .actor("Ethiopia", "ETH", "ETH").actor("Eritrea", "ERI", "ERI")
                .actor("Abiy", "ETH", "ETHGOV").actor("Isaias", "ERI", "ERIGOV");
    }

    /** The document with the phrase ("the two countries") a group mention of Ethiopia and Eritrea, as the actors stage gives it. */
    private static Document withPair(Document d, String phrase) {
        int at = d.text().indexOf(phrase);
        ActorRef group = new ActorRef("group:named:" + at, phrase, Optional.of("group:named:" + at), "GRP");
        List<ActorRef> members = List.of(new ActorRef("ETH", "ETH", Optional.of("ETH"), "ETH"),
                new ActorRef("ERI", "ERI", Optional.of("ERI"), "ERI"));
        List<Mention> all = new ArrayList<>(d.mentions());
        all.add(new Mention(new Span(at, at + phrase.length()), phrase, Optional.of(group), Optional.empty(), "group",
                members));
        all.sort(Comparator.comparingInt(m -> m.span().start()));
        return d.withMentions(all);
    }

    @Test
    void weAgreedSaidOneSideIsThatSideWithTheOtherOfTheStoryEvenBesideTheirGroup() {
        Document d = withPair(story("en", "Abiy met Isaias in Eritrea. Ethiopia and Eritrea were at war for years. "
                + "\"We agreed that people can move between the two countries,\" Abiy said.")
                .lemma("agreed", "agree", "VERB").lemma("said", "say", "VERB").build(), "the two countries");
        assertThat(dyads(d)).contains("ETH>ERI 030");
    }

    @Test
    void iAgreedBesideTheGroupTakesNoCounterpart() {
        Document d = withPair(story("en", "Abiy met Isaias in Eritrea. Ethiopia and Eritrea were at war for years. "
                + "\"I agreed that people can move between the two countries,\" Abiy said.")
                .lemma("agreed", "agree", "VERB").lemma("said", "say", "VERB").build(), "the two countries");
        assertThat(dyads(d)).doesNotContain("ETH>ERI 030");
    }

    @Test
    void weAsTheSubjectOfAnotherVerbIsNoSharedAct() {
        Document d = withPair(story("fr", "Abiy a rencontré Isaias. Ethiopia et Eritrea sont voisins. "
                + "« Nous soutenons les réformes visant à garantir la paix entre les deux pays », a déclaré Abiy.")
                .lemma("soutenons", "soutenir", "VERB").lemma("visant", "viser", "VERB")
                .lemma("garantir", "garantir", "VERB").lemma("déclaré", "déclarer", "VERB").build(), "les deux pays");
        assertThat(dyads(d)).doesNotContain("ETH>ERI 030");
    }

    @Test
    void talksAtAnOrganisationsSummitTakeNoPartnerFromTheStory() {
        String before = "The EU condemned Belarus. Belarus rejected the EU statement. ";
        Fixture summit = Fixture.of("en", before + "The EU held talks at a summit in Brussels.").published("2021-05-24")
                .actor("EU", "EU", "EU").actor("Belarus", "BLR", "BLR").lemma("held", "hold", "VERB").lemma("talks", "talk", "NOUN");
        Fixture plain = Fixture.of("en", before + "The EU held talks in Brussels.").published("2021-05-24")
                .actor("EU", "EU", "EU").actor("Belarus", "BLR", "BLR").lemma("held", "hold", "VERB").lemma("talks", "talk", "NOUN");
        assertThat(dyads(summit.build())).noneMatch(x -> x.startsWith("EU>BLR 04"));
        assertThat(dyads(plain.build())).anyMatch(x -> x.startsWith("EU>BLR 04"));
    }
}
