package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleRuleTest {

    private static TitleRule rule(RuleFixture f) {
        return new TitleRule(f.r, f.apposition(), f.introductions());
    }

    @Test
    void aTitleWithItsAdjectiveIsTheOfficeHolderOnTheDate() {
        RuleFixture f = RuleFixture.of("en", "2015-06-01", "The Kazakh president spoke.");
        assertThat(rule(f).apply(f.at("president"))).isTrue();
        assertThat(f.golden()).containsExactly("Kazakh president=nazarbayev_nursultan/KAZGOV");
        assertThat(f.r.used[f.at("Kazakh")]).isTrue();
    }

    @Test
    void aTitleBeforeAKnownNameIsThatPerson() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "Le président russe Vladimir Poutine a parlé.");
        assertThat(rule(f).apply(f.at("président"))).isTrue();
        assertThat(f.golden()).containsExactlyInAnyOrder("président russe=putin_vladimir/RUSGOV",
                "Vladimir Poutine=putin_vladimir/RUSGOV");
        assertThat(f.r.used[f.at("Vladimir")]).isTrue();
    }

    @Test
    void aBareTitleIsTheLastPersonNamedWhoHeldThatOffice() {
        RuleFixture f = RuleFixture.of("fr", "2023-06-01", "Vladimir Poutine est arrivé. Le président a parlé.");
        f.people().apply(f.at("Vladimir"));
        assertThat(rule(f).apply(f.at("président"))).isTrue();
        assertThat(f.golden()).containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV",
                "président=putin_vladimir/RUSGOV");
    }

    @Test
    void aBareTitleWithNoAntecedentStaysUnresolved() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "The president spoke.");
        assertThat(rule(f).apply(f.at("president"))).isTrue();
        assertThat(f.golden()).isEmpty();
    }

    @Test
    void leavesWhatIsNoTitle() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "Russia spoke.");
        assertThat(rule(f).apply(f.at("Russia"))).isFalse();
    }
}
