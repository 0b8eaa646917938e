package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class ObjectPronounTest {

    @Test
    void englishHimIsTheLatestPersonWhoIsNotTheSubject() {
        assertThat(golden("en", "2023-05-10", "Vladimir Putin called Xi Jinping and thanked him."))
                .containsExactly("Vladimir Putin=putin_vladimir/RUSGOV", "Xi Jinping=xi_jinping/CHNGOV",
                        "him=xi_jinping/CHNGOV");
        assertThat(golden("en", "2023-05-10", "Xi Jinping met Vladimir Putin. Tokayev later called him."))
                .endsWith("him=putin_vladimir/RUSGOV");
    }

    @Test
    void frenchLuiAndLeBeforeAVerbButNotTheArticle() {
        assertThat(golden("fr", "2023-05-10", "Vladimir Poutine a reçu Xi Jinping. Tokaïev l'a ensuite appelé "
                + "et il le reçoit demain. Le président chinois lui a parlé."))
                .containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV", "Xi Jinping=xi_jinping/CHNGOV",
                        "Tokaïev=tokayev_kassym_jomart/KAZGOV", "l=xi_jinping/CHNGOV", "il=tokayev_kassym_jomart/KAZGOV",
                        "le=xi_jinping/CHNGOV", "président chinois=xi_jinping/CHNGOV", "lui=tokayev_kassym_jomart/KAZGOV");
        assertThat(golden("fr", "2023-05-10", "Vladimir Poutine a reçu le chef de l'opposition."))
                .containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV");
    }

    @Test
    void anObjectPronounAfterAStateOrInAnotherLanguagesContextIsLeftAlone() {
        assertThat(golden("fr", "2023-05-10", "Xi Jinping a parlé. Tokaïev a décidé de soutenir l'Ukraine en lui "
                + "envoyant de l'aide, bien que le dirigeant kazakh hésite.")).noneMatch(m -> m.startsWith("lui="))
                .noneMatch(m -> m.startsWith("le="));
    }

    @Test
    void spanishAndRussianObjectPronouns() {
        assertThat(golden("es", "2023-05-10", "Vladimir Putin recibió a Xi Jinping y le dio las gracias."))
                .endsWith("le=xi_jinping/CHNGOV");
        assertThat(golden("es", "2023-05-10", "Putin dijo lo que piensa.")).containsExactly("Putin=putin_vladimir/RUSGOV");
        assertThat(golden("ru", "2023-05-10", "Владимир Путин встретил Си Цзиньпина и пожал ему руку."))
                .endsWith("ему=xi_jinping/CHNGOV");
    }
}
