package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of one lexeme each: organisations, movements, seats of power, adjectives, ignored phrases. */
class NamedBodyRulesTest {

    @Test
    void anOrganisationIsItsKey() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "L'Otan et la Russie.");
        OrganisationRule rule = new OrganisationRule(f.r);
        assertThat(rule.apply(f.at("Russie"))).isFalse();
        assertThat(rule.apply(f.at("Otan"))).isTrue();
        assertThat(f.golden()).containsExactly("Otan=NATO/NATO");
    }

    @Test
    void aMovementIsItsCountryAndRoleOnTheDate() {
        RuleFixture f = RuleFixture.of("en", "2015-06-01", "Hamas fired.");
        assertThat(new MovementRule(f.r).apply(f.at("Hamas"))).isTrue();
        assertThat(f.golden()).containsExactly("Hamas=HMS/PSEREB");
    }

    @Test
    void aSeatOfPowerIsItsGovernmentButNotAfterALocative() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "Le Kremlin a parlé.");
        assertThat(new SeatRule(f.r).apply(f.at("Kremlin"))).isTrue();
        assertThat(f.golden()).containsExactly("Kremlin=RUS/RUSGOV");
    }

    @Test
    void anAdjectiveAloneIsItsKeyButNotNextToAPlace() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "Les Kazakhs.");
        assertThat(new AdjectiveRule(f.r).apply(f.at("Kazakhs"))).isTrue();
        assertThat(f.golden()).containsExactly("Kazakhs=KAZ/KAZ");
    }

    @Test
    void anIgnoredPhraseIsTakenWithoutAMention() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "West Africa and Russia.");
        IgnoreRule rule = new IgnoreRule(f.r);
        assertThat(rule.apply(f.at("West"))).isTrue();
        assertThat(rule.apply(f.at("Russia"))).isFalse();
    }
}
