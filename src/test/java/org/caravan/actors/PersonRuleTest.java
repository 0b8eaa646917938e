package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRuleTest {

    @Test
    void takesAPersonByNameAndLeavesOtherKinds() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "Tokayev met Putin in Moscow.");
        PersonRule rule = f.people();
        assertThat(rule.apply(f.at("Moscow"))).isFalse();
        assertThat(rule.apply(f.at("Putin"))).isTrue();
        assertThat(f.golden()).containsExactly("Putin=putin_vladimir/RUSGOV");
    }

    @Test
    void aSurnameSharedByTwoPeopleIsTheOneInOfficeOnTheDate() {
        RuleFixture f = RuleFixture.of("en", "2005-06-01", "President Bush spoke.");
        assertThat(f.people().apply(f.at("Bush"))).isTrue();
        assertThat(f.golden()).singleElement().asString().startsWith("Bush=bush_george_w");
    }
}
