package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class SharedSurnameTest {

    @Test
    void aSurnameSharedByTwoPresidentsIsTheOneInOfficeOnTheDate() {
        assertThat(golden("fr", "1998-05-10", "Selon Aliyev, les négociations avancent."))
                .containsExactly("Aliyev=aliyev_heydar/AZEGOV");
        assertThat(golden("fr", "2015-05-10", "Selon Aliyev, les négociations avancent."))
                .containsExactly("Aliyev=aliyev_ilham/AZEGOV");
        assertThat(golden("en", "1990-05-10", "Bush said talks would go on."))
                .containsExactly("Bush=bush_george_hw/USAGOV");
        assertThat(golden("en", "2005-05-10", "Bush said talks would go on."))
                .containsExactly("Bush=bush_george_w/USAGOV");
    }

    @Test
    void aSurnameSharedByPeopleNoneOfWhomIsInOfficeStaysUnresolved() {
        assertThat(golden("en", "2019-05-10", "Sharif said talks would go on.")).isEmpty();
        assertThat(golden("en", "2015-05-10", "Bush said talks would go on.")).isEmpty();
    }

    @Test
    void aTitleBeforeASharedSurnameIsThePersonInOfficeOnTheDate() {
        assertThat(golden("en", "2008-08-06", "President Bush said talks would go on."))
                .containsExactly("President=bush_george_w/USAGOV", "Bush=bush_george_w/USAGOV");
        assertThat(golden("en", "1990-05-10", "President Bush said talks would go on."))
                .containsExactly("President=bush_george_hw/USAGOV", "Bush=bush_george_hw/USAGOV");
    }
}
