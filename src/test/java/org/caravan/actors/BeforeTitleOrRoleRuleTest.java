package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BeforeTitleOrRoleRuleTest {

    @Test
    void leavesTheCountryOfAFollowingTitleOrRoleToIt() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "Russia's army and the Kazakh president met Russia.");
        BeforeTitleOrRoleRule rule = new BeforeTitleOrRoleRule(f.r);
        assertThat(rule.apply(f.at("Russia's"))).isTrue();
        assertThat(rule.apply(f.at("Kazakh"))).isTrue();
        assertThat(rule.apply(f.at("Russia."))).isFalse();
        assertThat(rule.apply(f.at("president"))).isFalse();
        assertThat(f.golden()).isEmpty();
    }
}
