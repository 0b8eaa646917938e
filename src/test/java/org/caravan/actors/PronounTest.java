package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class PronounTest {

    @Test
    void frenchPronounTakesTheSubjectNotThePersonAfterAPreposition() {
        assertThat(golden("fr", "2023-09-05", "Interrogé sur une rencontre avec le président chinois, le pape a répondu "
                + "n'avoir aucune information. « Je suis prêt », a-t-il ajouté.")).containsExactly(
                "président chinois=xi_jinping/CHNGOV", "pape=francis_pope/VATGOV", "il=francis_pope/VATGOV");
    }

    @Test
    void englishPronounTakesTheBareTitleSubject() {
        assertThat(golden("en", "2023-09-05", "Asked about a meeting with the Chinese president, the Pope said "
                + "nothing. \"I am ready,\" he added.")).containsExactly(
                "Chinese president=xi_jinping/CHNGOV", "Pope=francis_pope/VATGOV", "he=francis_pope/VATGOV");
    }

    @Test
    void bareSecretaryGeneralIsTheOfficeHolderNamedBeforeAndThenTheAntecedent() {
        assertThat(golden("en", "2023-09-05", "Antonio Guterres met Xi Jinping. After talks with Xi, the "
                + "secretary-general said he was hopeful.")).containsExactly(
                "Antonio Guterres=guterres_antonio/UN", "Xi Jinping=xi_jinping/CHNGOV", "Xi=xi_jinping/CHNGOV",
                "secretary-general=guterres_antonio/UN", "he=guterres_antonio/UN");
    }

    @Test
    void withoutAPrepositionTheFirstPersonOfTheLatestSentenceStaysTheAntecedent() {
        assertThat(golden("fr", "2022-09-14", "Xi Jinping a rencontré Vladimir Poutine. Il a salué la coopération."))
                .containsExactly("Xi Jinping=xi_jinping/CHNGOV", "Vladimir Poutine=putin_vladimir/RUSGOV",
                        "Il=xi_jinping/CHNGOV");
    }

    @Test
    void latestSentenceNamingAPersonWinsOverAnEarlierSubject() {
        assertThat(golden("en", "2022-09-14", "Xi Jinping arrived. The Russian president spoke first. He said no."))
                .containsExactly("Xi Jinping=xi_jinping/CHNGOV", "Russian president=putin_vladimir/RUSGOV",
                        "He=putin_vladimir/RUSGOV");
    }

    @Test
    void bareSecretaryGeneralWithoutAntecedentIsTheHolderOfTheOrganisationLastNamed() {
        assertThat(golden("en", "2023-06-01", "The UN warned of famine. The secretary-general said he was alarmed."))
                .containsExactly("UN=UN/UN", "secretary-general=guterres_antonio/UN", "he=guterres_antonio/UN");
        assertThat(golden("fr", "2023-06-01", "L'Otan se réunit. Le secrétaire général a insisté.")).containsExactly(
                "Otan=NATO/NATO", "secrétaire général=stoltenberg_jens/NATO");
    }
}
