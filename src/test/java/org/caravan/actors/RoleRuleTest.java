package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleRuleTest {

    private static RoleRule rule(RuleFixture f) {
        return new RoleRule(f.r, f.apposition(), f.introductions());
    }

    @Test
    void aRoleWithItsCountryIsThatCountrysBody() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "The Russian army advanced.");
        assertThat(rule(f).apply(f.at("army"))).isTrue();
        assertThat(f.golden()).containsExactly("Russian army=RUS/RUSMIL");
    }

    @Test
    void aPersonRoleBeforeAnUnknownNameIntroducesThatPerson() {
        RuleFixture f = RuleFixture.of("en", "2008-06-01", "US envoy Zalmay Khalilzad arrived.");
        assertThat(rule(f).apply(f.at("envoy"))).isTrue();
        assertThat(f.golden()).containsExactly("US envoy=new:zalmay_khalilzad/USAGOV",
                "Zalmay Khalilzad=new:zalmay_khalilzad/USAGOV");
    }

    @Test
    void aBareRoleInATextAboutNoCountryIsHandedOn() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "The government resigned.");
        assertThat(rule(f).apply(f.at("government"))).isFalse();
        assertThat(f.golden()).isEmpty();
    }
}
