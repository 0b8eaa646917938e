package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Test;

class CameoNamesTest {

    private static final String CODEBOOK = "code\tname\tgoldstein\tquad_class\tplover\n"
            + "04\tCONSULT\t1.0\t1\tCONSULT\n"
            + "042\tMake a visit\t1.9\t1\tCONSULT\n";

    private static TsvTable table(String text, int minColumns) {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv", minColumns);
    }

    private static CameoNames names(String rows) {
        return CameoNames.from(table("code\tname_fr\n" + rows, 2), "t.tsv", Codebook.from(table(CODEBOOK, 5)));
    }

    @Test
    void namesEveryCodeOfTheStandardCodebookInFrench() {
        CameoNames fr = CameoNames.french();
        assertThat(fr.size()).isEqualTo(Codebook.standard().size());
        assertThat(Codebook.standard().all()).allSatisfy(c ->
                assertThat(fr.name(c.code())).as("French name of %s", c.code()).isPresent());
        assertThat(fr.name("042")).contains("Se rendre en visite");
        assertThat(fr.name("054")).contains("Accorder une reconnaissance diplomatique");
    }

    @Test
    void givesNoNameToACodeOutsideTheCodebook() {
        assertThat(CameoNames.french().name("999")).isEmpty();
    }

    @Test
    void rejectsAFileThatMissesACodeOfTheCodebook() {
        assertThatThrownBy(() -> names("04\tCONSULTER\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("042");
    }

    @Test
    void rejectsAnUnknownCodeADuplicateAndAnEmptyName() {
        assertThatThrownBy(() -> names("04\tCONSULTER\n042\tSe rendre en visite\n043\tRecevoir une visite\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("043");
        assertThatThrownBy(() -> names("04\tCONSULTER\n042\tSe rendre en visite\n042\tVisiter\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> names("04\tCONSULTER\n042\t \n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("no name");
    }
}
