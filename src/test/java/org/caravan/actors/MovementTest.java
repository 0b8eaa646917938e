package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovementTest {

    @Test
    void armedMovementsAreCodedToTheCountryTheyOperateInWithTheRebelRole() {
        assertThat(golden("en", "2023-10-08", "Hamas fired rockets while Hezbollah and the Houthis threatened Israel."))
                .containsExactly("Hamas=HMS/PSEREB", "Hezbollah=HZB/LBNREB", "Houthis=HTH/YEMREB",
                        "Israel=ISR/ISR");
    }

    @Test
    void frenchMovementNamesResolveLikeTheEnglishOnes() {
        assertThat(golden("fr", "2023-10-08", "Le Hamas et le Jihad islamique ont revendiqué l'attaque."))
                .containsExactly("Hamas=HMS/PSEREB", "Jihad islamique=PIJ/PSEREB");
    }

    @Test
    void theTalibanAreRebelsBeforeAugust2021AndTheGovernmentAfter() {
        assertThat(golden("fr", "2015-05-01", "Les talibans ont attaqué.")).containsExactly("talibans=TAL/AFGREB");
        assertThat(golden("en", "2023-05-01", "The Taliban banned it.")).containsExactly("Taliban=TAL/AFGGOV");
    }

    @Test
    void movementKeyIsTheCountry() {
        assertThat(ActorStageTest.run("en", "2023-10-08", "Hamas said.").get(0).actor().orElseThrow().key())
                .contains("PSE");
    }

    @Test
    void movementLeadersCarryTheMovementsCode() {
        assertThat(golden("en", "2020-05-01", "Hamas leader Ismail Haniyeh spoke. The Taliban government denied it."))
                .containsExactly("Hamas leader=haniyeh_ismail/PSEREB", "Ismail Haniyeh=haniyeh_ismail/PSEREB",
                        "Taliban government=TAL/AFGREB");
        assertThat(golden("fr", "2023-05-01", "Le chef du Hamas est arrivé. Le gouvernement taliban a démenti."))
                .containsExactly("chef du Hamas=haniyeh_ismail/PSEREB", "gouvernement taliban=TAL/AFGGOV");
    }

    @Test
    void theTalibanGovernedFrom1996To2001() {
        assertThat(golden("en", "1999-05-01", "The Taliban said.")).containsExactly("Taliban=TAL/AFGGOV");
        assertThat(golden("en", "2005-05-01", "The Taliban said.")).containsExactly("Taliban=TAL/AFGREB");
    }

    @Test
    void usersAddMovementsAndPersonRolesInTheirOwnFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("movements.tsv"), "id\tname\tcountry\trole\tsince\taliases\n"
                + "ZZM\tZorg Front\tMLI\tREB\t\tZorg Front|Front Zorg\n");
        Files.writeString(dir.resolve("person-roles.tsv"), "lang\tphrase\trole\tkey\nen\tquartermaster\tMIL\t\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir));
        assertThat(kb.movement("ZZM", LocalDate.of(2020, 1, 1))).map(Movement::code).contains("MLIREB");
        assertThat(new ActorStage(kb).process(org.caravan.model.Document.of("t", org.caravan.model.Metadata.of("t"),
                "The Zorg Front met the Malian quartermaster Amadou Diallo.").withLang("en")).mentions().stream()
                .map(m -> m.text() + "=" + m.actor().get().code()).toList()).containsExactly(
                "Zorg Front=MLIREB", "Malian quartermaster=MLIMIL", "Amadou Diallo=MLIMIL");
    }
}
