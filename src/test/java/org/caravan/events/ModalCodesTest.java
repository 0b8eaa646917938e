package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Test;

class ModalCodesTest {

    private static final ModalCodes CODES = ModalCodes.load(Codebook.standard());

    private static TsvTable table(String text) {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv", 2);
    }

    @Test
    void anAssertedActKeepsItsCode() {
        assertThat(CODES.of(Modality.ASSERTED, "042")).contains("042");
    }

    @Test
    void anIntendedMeetingIsAnIntentionToMeetAndAnIntendedSigningAnIntentionToCooperate() {
        assertThat(CODES.of(Modality.INTENT, "042")).contains("036");
        assertThat(CODES.of(Modality.INTENT, "057")).contains("030");
        assertThat(CODES.of(Modality.INTENT, "0333")).contains("0333");
    }

    @Test
    void aRefusedActIsARejectionOfItsKind() {
        assertThat(CODES.of(Modality.REFUSED, "040")).contains("125");
        assertThat(CODES.of(Modality.REFUSED, "057")).contains("127");
        assertThat(CODES.of(Modality.REFUSED, "0841")).contains("1243");
        assertThat(CODES.of(Modality.REFUSED, "111")).isEmpty();
    }

    @Test
    void onlyNegatedDiplomaticSupportIsARejection() {
        assertThat(CODES.of(Modality.NEGATED, "054")).contains("120");
        assertThat(CODES.of(Modality.NEGATED, "051")).contains("120");
        assertThat(CODES.of(Modality.NEGATED, "057")).isEmpty();
        assertThat(CODES.of(Modality.NEGATED, "040")).isEmpty();
        assertThat(CODES.of(Modality.NEGATED, "111")).isEmpty();
    }

    @Test
    void hedgedConditionalAndQuestionedActsAreNeverCoded() {
        for (String code : new String[] {"040", "057", "0333", "111", "190"}) {
            assertThat(CODES.of(Modality.HEDGED, code)).isEmpty();
            assertThat(CODES.of(Modality.CONDITIONAL, code)).isEmpty();
            assertThat(CODES.of(Modality.QUESTION, code)).isEmpty();
            assertThat(CODES.of(Modality.REQUESTED, code)).isEmpty();
        }
    }

    @Test
    void aFutureActIsCodedOnlyWhenItPromisesAidOrCooperation() {
        assertThat(CODES.of(Modality.FUTURE, "073")).contains("0333");
        assertThat(CODES.of(Modality.FUTURE, "030")).contains("030");
        assertThat(CODES.of(Modality.FUTURE, "042")).isEmpty();
    }

    @Test
    void anAppealOrDemandTakesTheCodeOfWhatItAsksFor() {
        assertThat(CODES.column("appeal", "0841")).contains("0253");
        assertThat(CODES.column("demand", "0841")).contains("1053");
        assertThat(CODES.column("appeal", "046")).contains("026");
        assertThat(CODES.column("appeal", "111")).isEmpty();
    }

    @Test
    void anEmptyTableCodesOnlyAssertedActs() {
        ModalCodes empty = ModalCodes.from(table("action\tintent\n"), Codebook.standard());
        assertThat(empty.of(Modality.ASSERTED, "042")).contains("042");
        assertThat(empty.of(Modality.INTENT, "042")).isEmpty();
    }

    @Test
    void anUnknownCodeNamesTheFileAndLine() {
        assertThatThrownBy(() -> ModalCodes.from(table("action\tintent\n04\t999\n"), Codebook.standard()))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.tsv").hasMessageContaining("2")
                .hasMessageContaining("999");
    }

    @Test
    void aMissingCellNamesTheFileAndLine() {
        assertThatThrownBy(() -> ModalCodes.from(table("action\tintent\trefused\n04\t036\n"), Codebook.standard()))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.tsv");
    }

    @Test
    void randomCodesGiveACodeOfTheCodebookOrNothing() {
        Random r = new Random(9);
        Codebook book = Codebook.standard();
        for (int n = 0; n < 2000; n++) {
            String code = String.valueOf(r.nextInt(10_000));
            Modality m = Modality.values()[r.nextInt(Modality.values().length)];
            Optional<String> c = CODES.of(m, code);
            if (m != Modality.ASSERTED) {
                c.ifPresent(x -> assertThat(book.contains(x) || x.equals(code)).isTrue());
            }
        }
    }
}
