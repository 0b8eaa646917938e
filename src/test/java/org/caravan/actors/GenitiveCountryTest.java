package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class GenitiveCountryTest {

    @Test
    void russianTitleInAnyCaseTakesTheGenitiveCountryNotThePersonNamedBefore() {
        assertThat(golden("ru", "2023-05-10", "Шойгу встретился с министром обороны Китая. "
                + "Министр иностранных дел России прибыл. Президент Казахстана заявил.")).containsExactly(
                "Шойгу=shoigu_sergei/RUSGOV", "министром обороны Китая=li_shangfu/CHNGOV",
                "Министр иностранных дел России=lavrov_sergey/RUSGOV",
                "Президент Казахстана=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void aRussianCountryInItsCasesIsNotAForeignCityWithTheSameStem() {
        assertThat(golden("ru", "2023-05-10", "Он прибыл в Китай. Встреча прошла в Китае. Саммит в Кито."))
                .containsExactly("Китай=CHN/CHN", "Китае=CHN/CHN", "Кито@quito");
    }

    @Test
    void germanAndSpanishTitleWithTheCountryAfterIt() {
        assertThat(golden("de", "2023-05-10", "Lawrow traf den Außenminister Chinas.")).containsExactly(
                "Lawrow=lavrov_sergey/RUSGOV", "Außenminister Chinas=qin_gang/CHNGOV");
        assertThat(golden("es", "2023-05-10", "Lavrov se reunió con el ministro de Defensa de China.")).containsExactly(
                "Lavrov=lavrov_sergey/RUSGOV", "ministro de Defensa de China=li_shangfu/CHNGOV");
    }
}
