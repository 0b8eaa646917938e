package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounRuleTest {

    @Test
    void aSubjectPronounIsTheSubjectOfTheLatestSentenceNamingAPerson() {
        RuleFixture f = RuleFixture.of("en", "2022-09-14", "Xi Jinping met Vladimir Putin. He said no.");
        f.people().apply(f.at("Xi"));
        f.people().apply(f.at("Vladimir"));
        assertThat(new PronounRule(f.r).apply(f.at("He"))).isTrue();
        assertThat(f.golden()).last().isEqualTo("He=xi_jinping/CHNGOV");
    }

    @Test
    void anImpersonalPronounIsTakenButNotResolved() {
        RuleFixture f = RuleFixture.of("fr", "2022-09-14", "Xi Jinping est venu. Il faut agir.");
        f.people().apply(f.at("Xi"));
        assertThat(new PronounRule(f.r).apply(f.at("Il"))).isTrue();
        assertThat(f.golden()).containsExactly("Xi Jinping=xi_jinping/CHNGOV");
    }

    @Test
    void withNoPersonBeforeItStaysUnresolved() {
        RuleFixture f = RuleFixture.of("en", "2022-09-14", "He said no.");
        assertThat(new PronounRule(f.r).apply(f.at("He"))).isTrue();
        assertThat(f.golden()).isEmpty();
    }
}
