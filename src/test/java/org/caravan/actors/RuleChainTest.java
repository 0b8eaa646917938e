package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.caravan.model.Mention;
import org.junit.jupiter.api.Test;

/** Every rule alone, on empty and on random text: no crash, mentions inside the text. */
class RuleChainTest {

    private static final List<String> VOCABULARY = List.of("the", "Russian", "president", "army", "envoy", "Zalmay",
            "Khalilzad", "he", "him", "il", "le", "l'", "a", "Pékin", "à", "Kremlin", "Hamas", "Otan", "'s", ",", ".",
            "de", "Tokayev", "government", "Kazakhs", "West Africa", "\n", "Vladimir Poutine", "counterpart");

    private static final List<Function<RuleFixture, Rule>> RULES = List.of(
            f -> new IntroducedNameRule(f.r, f.introductions()), f -> new BeforeTitleOrRoleRule(f.r),
            RuleFixture::people, f -> new TitleRule(f.r, f.apposition(), f.introductions()),
            f -> new RoleRule(f.r, f.apposition(), f.introductions()), f -> new MovementRule(f.r),
            f -> new OrganisationRule(f.r), f -> new IgnoreRule(f.r), f -> new SeatRule(f.r),
            f -> new PlaceRule(f.r), f -> new AdjectiveRule(f.r), f -> new PronounRule(f.r),
            f -> new ObjectPronounRule(f.r));

    @Test
    void emptyTextHasNoLexemeAndNoMention() {
        RuleFixture f = RuleFixture.of("en", "2023-06-01", "");
        assertThat(f.r.lex).isEmpty();
        assertThat(new Resolver(ActorStageTest.KB, "", "en", java.time.LocalDate.of(2023, 6, 1), true).resolve())
                .isEmpty();
    }

    @Test
    void eachRuleAloneOnRandomTextStaysInsideTheText() {
        Random random = new Random(7);
        for (int n = 0; n < 150; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, words = 1 + random.nextInt(20); i < words; i++) {
                text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String s = text.toString();
            String lang = List.of("en", "fr", "ru", "de", "es").get(random.nextInt(5));
            for (Function<RuleFixture, Rule> make : RULES) {
                RuleFixture f = RuleFixture.of(lang, "2015-06-01", s);
                Rule rule = make.apply(f);
                for (int k = 0; k < f.r.lex.size(); k++) {
                    if (!f.r.used[k]) {
                        rule.apply(k);
                    }
                }
                for (Mention m : f.r.mentions()) {
                    assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
                    assertThat(m.text()).isEqualTo(s.substring(m.span().start(), m.span().end()));
                }
            }
        }
    }
}
