package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntroducedNameRuleTest {

    @Test
    void theSurnameOfAnIntroducedPersonIsThatPersonLater() {
        RuleFixture f = RuleFixture.of("en", "2008-06-01", "US envoy Zalmay Khalilzad arrived. Khalilzad met Russia.");
        Introductions in = f.introductions();
        new RoleRule(f.r, f.apposition(), in).apply(f.at("envoy"));
        IntroducedNameRule rule = new IntroducedNameRule(f.r, in);
        assertThat(rule.apply(f.at("Russia"))).isFalse();
        assertThat(f.golden()).last().isEqualTo("Khalilzad=new:zalmay_khalilzad/USAGOV");
    }

    @Test
    void withNoOneIntroducedItAddsNothing() {
        RuleFixture f = RuleFixture.of("en", "2008-06-01", "Khalilzad met Russia.");
        assertThat(new IntroducedNameRule(f.r, f.introductions()).apply(f.at("Russia"))).isFalse();
        assertThat(f.golden()).isEmpty();
    }
}
