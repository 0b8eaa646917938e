package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectPronounRuleTest {

    @Test
    void anObjectPronounIsTheLatestPersonWhoIsNotTheSubject() {
        RuleFixture f = RuleFixture.of("en", "2022-09-14", "Vladimir Putin called Xi Jinping and thanked him.");
        f.people().apply(f.at("Vladimir"));
        f.people().apply(f.at("Xi"));
        assertThat(new ObjectPronounRule(f.r).apply(f.at("him"))).isTrue();
        assertThat(f.golden()).last().isEqualTo("him=xi_jinping/CHNGOV");
    }

    @Test
    void aFrenchArticleIsNoPronoun() {
        RuleFixture f = RuleFixture.of("fr", "2022-09-14", "Vladimir Poutine a vu le ministre.");
        f.people().apply(f.at("Vladimir"));
        int le = f.at("le ministre");
        assertThat(new ObjectPronounRule(f.r).apply(le)).isTrue();
        assertThat(f.golden()).containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV");
    }
}
