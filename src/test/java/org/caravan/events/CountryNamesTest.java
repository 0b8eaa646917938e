package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void namesACountryByItsEnglishNameAndAnUnknownCodeByItself() {
        assertThat(CountryNames.bundled().actor("KAZ").name()).isEqualTo("Kazakhstan");
        assertThat(CountryNames.bundled().actor("XYZ").name()).isEqualTo("XYZ");
        assertThat(CountryNames.bundled().actor("KAZ").code()).isEqualTo("KAZ");
    }

    @Test
    void aTargetTakenFromAPlaceIsNamedAsItsCountryNotByItsCode() {
        Document d = Fixture.of("en", "Russian forces shelled Kharkiv overnight.").published("2024-05-15")
                .lemma("shelled", "shell", "VERB").actor("Russian forces", "RUS", "RUSMIL")
                .place("Kharkiv", "Kharkiv", "UKR").build();
        assertThat(EventCoder.standard().code(d).events()).singleElement()
                .satisfies(e -> assertThat(e.target()).extracting(ActorRef::name).isEqualTo("Ukraine"));
    }
}
