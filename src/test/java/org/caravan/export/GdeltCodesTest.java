package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GdeltCodesTest {

    private final GdeltCodes codes = GdeltCodes.bundled();

    @Test
    void geographyUsesFipsCodesWhereTheyDifferFromIso() {
        assertThat(codes.fips("DEU")).contains("GM");
        assertThat(codes.fips("CHN")).contains("CH");
        assertThat(codes.fips("RUS")).contains("RS");
        assertThat(codes.fips("GBR")).contains("UK");
        assertThat(codes.fips("KAZ")).contains("KZ");
        assertThat(codes.fips("PSE")).isEmpty();
    }

    @Test
    void anOrganisationWithoutARowKeepsItsKeyAndGuessesNoGroup() {
        assertThat(codes.actor("UN")).isEqualTo(new GdeltCodes.ActorCode("IGOUNO", "UNO", "IGO"));
        assertThat(codes.actor("BRICS")).isEqualTo(new GdeltCodes.ActorCode("BRICS", "", ""));
        assertThat(codes.actor("ROU").code()).isEqualTo("ROM");
    }

    @Test
    void countriesAreThoseOfTheKnowledgeBase() {
        assertThat(codes.isCountry("KAZ")).isTrue();
        assertThat(codes.isCountry("NATO")).isFalse();
        assertThat(codes.countryName("KAZ")).contains("Kazakhstan");
    }
}
