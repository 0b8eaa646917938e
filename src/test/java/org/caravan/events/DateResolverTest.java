package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.caravan.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    @Test
    void completesADayWithoutYearFromTheLastDateGiven() {
        Optional<PartialDate> july = PartialDate.parse("2024-07");
        assertThat(DateResolver.withYearOf("XXXX-07-03", july).map(PartialDate::iso)).contains("2024-07-03");
        assertThat(DateResolver.withYearOf("XXXX-12", july).map(PartialDate::iso)).contains("2024-12");
    }

    @Test
    void leavesOtherValuesAndUndatedDocumentsAlone() {
        assertThat(DateResolver.withYearOf("XXXX-07-03", Optional.empty())).isEmpty();
        assertThat(DateResolver.withYearOf("PRESENT_REF", PartialDate.parse("2024"))).isEmpty();
        assertThat(DateResolver.withYearOf("XXXX-WXX-3", PartialDate.parse("2024"))).isEmpty();
    }
}
