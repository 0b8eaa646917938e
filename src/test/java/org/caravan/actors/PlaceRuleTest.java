package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceRuleTest {

    @Test
    void aCapitalAfterALocativeIsAPlaceAndOtherwiseItsGovernment() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "Pékin a dénoncé la visite à Pékin.");
        PlaceRule rule = new PlaceRule(f.r);
        int first = f.at("Pékin");
        assertThat(rule.apply(first)).isTrue();
        assertThat(rule.apply(f.r.lex.size() - 1)).isTrue();
        assertThat(f.golden()).containsExactly("Pékin=CHN/CHNGOV", "Pékin@beijing");
    }

    @Test
    void aCountryIsItsState() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "Kazakhstan spoke.");
        assertThat(new PlaceRule(f.r).apply(f.at("Kazakhstan"))).isTrue();
        assertThat(f.golden()).containsExactly("Kazakhstan=KAZ/KAZ");
    }

    @Test
    void leavesWhatIsNoPlace() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "NATO spoke.");
        assertThat(new PlaceRule(f.r).apply(f.at("NATO"))).isFalse();
    }
}
