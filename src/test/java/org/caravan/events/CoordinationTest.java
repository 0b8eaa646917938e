package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.events.Fixture.dyads;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Coordinated subjects and objects: every conjunct its own dyad, symmetric verbs pairing the conjuncts. */
class CoordinationTest {

    @Test
    void aHeadlineCommaListBeforeASymmetricVerbPairsItsConjuncts() {
        assertThat(dyads(Fixture.of("en", "Ethiopia, Eritrea sign peace agreement.").lemma("sign", "sign", "VERB")
                .lemma("agreement", "agreement", "NOUN").lemma("peace", "peace", "NOUN")
                .actor("Ethiopia", "ETH", "ETH").actor("Eritrea", "ERI", "ERI").build()))
                .containsExactly("ETH>ERI 057");
        assertThat(dyads(Fixture.of("fr", "Moscou, Pékin signent un accord.").lemma("signent", "signer", "VERB")
                .lemma("un", "un", "DET").lemma("accord", "accord", "NOUN")
                .actor("Moscou", "RUS", "RUSGOV").actor("Pékin", "CHN", "CHNGOV").build()))
                .containsExactly("RUS>CHN 057");
    }

    @Test
    void aCommaBeforeAnAppositionMakesNoList() {
        assertThat(dyads(Fixture.of("en", "China, the partner of Russia, signed an agreement with Iran.")
                .lemma("signed", "sign", "VERB").lemma("the", "the", "DET").lemma("partner", "partner", "NOUN")
                .lemma("an", "a", "DET").lemma("agreement", "agreement", "NOUN")
                .actor("China", "CHN", "CHN").actor("Russia", "RUS", "RUS").actor("Iran", "IRN", "IRN").build()))
                .doesNotContain("CHN>RUS 057", "RUS>CHN 057");
    }

    @Test
    void theGenitiveRepeatedAfterTheConjunctionKeepsBothConjuncts() {
        assertThat(dyads(Fixture.of("fr", "Les présidents du Kazakhstan et de l'Ouzbékistan ont signé un traité.")
                .lemma("Les", "le", "DET").lemma("l'", "le", "DET").lemma("ont", "avoir", "AUX")
                .lemma("signé", "signer", "VERB").lemma("un", "un", "DET").lemma("traité", "traité", "NOUN")
                .actor("présidents du Kazakhstan", "KAZ", "KAZGOV").actor("Ouzbékistan", "UZB", "UZB").build()))
                .containsExactly("KAZ>UZB 057");
        assertThat(dyads(Fixture.of("es", "Los presidentes de Kazajistán y de Uzbekistán firmaron un tratado.")
                .lemma("Los", "el", "DET").lemma("firmaron", "firmar", "VERB").lemma("un", "uno", "DET")
                .lemma("tratado", "tratado", "NOUN")
                .actor("presidentes de Kazajistán", "KAZ", "KAZGOV").actor("Uzbekistán", "UZB", "UZB").build()))
                .containsExactly("KAZ>UZB 057");
    }

    @Test
    void everyConjunctOfASubjectGetsItsOwnDyad() {
        assertThat(dyads(Fixture.of("ru", "Казахстан и Узбекистан осудили Россию.").lemma("осудили", "осудить", "VERB")
                .actor("Казахстан", "KAZ", "KAZ").actor("Узбекистан", "UZB", "UZB").actor("Россию", "RUS", "RUS").build()))
                .containsExactlyInAnyOrder("KAZ>RUS 111", "UZB>RUS 111");
        assertThat(dyads(Fixture.of("de", "Polen und Litauen verurteilten Russland.").lemma("verurteilten", "verurteilen", "VERB")
                .actor("Polen", "POL", "POL").actor("Litauen", "LTU", "LTU").actor("Russland", "RUS", "RUS").build()))
                .containsExactlyInAnyOrder("POL>RUS 111", "LTU>RUS 111");
    }

    @Test
    void theConjunctsOfAnObjectAreNeverPairedWithEachOther() {
        assertThat(dyads(Fixture.of("es", "Rusia condenó a Polonia y Lituania.").lemma("condenó", "condenar", "VERB")
                .actor("Rusia", "RUS", "RUS").actor("Polonia", "POL", "POL").actor("Lituania", "LTU", "LTU").build()))
                .containsExactlyInAnyOrder("RUS>POL 111", "RUS>LTU 111");
    }

    @Test
    void emptyAndRandomTextsCodeNoCoordinatedPair() {
        assertThat(dyads(Fixture.of("en", "").build())).isEmpty();
        Random random = new Random(11);
        StringBuilder b = new StringBuilder();
        String[] words = {"Russia", "China", ",", "and", "sign", "the", "signed", "with", ".", "of"};
        for (int i = 0; i < 300; i++) {
            b.append(words[random.nextInt(words.length)]).append(' ');
        }
        List<String> out = dyads(Fixture.of("en", b.toString()).lemma("sign", "sign", "VERB").lemma("signed", "sign", "VERB")
                .lemma("the", "the", "DET").actor("Russia", "RUS", "RUS").actor("China", "CHN", "CHN").build());
        assertThat(out).allMatch(s -> s.startsWith("RUS>CHN") || s.startsWith("CHN>RUS"));
    }
}
