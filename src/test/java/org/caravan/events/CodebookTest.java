package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CodebookTest {

    private static final Path BENCHMARK = Path.of("../shared/benchmarks/cameo/codebook.tsv");

    @Test
    void agreesWithThePublicCodebookOnEveryCodeGoldsteinScoreAndQuadClass() throws IOException {
        Path bench = Files.exists(BENCHMARK) ? BENCHMARK : Path.of("/work/shared/benchmarks/cameo/codebook.tsv");
        Assumptions.assumeTrue(Files.exists(bench), "benchmark codebook not present");
        List<String> lines = Files.readAllLines(bench);
        List<String> header = List.of(lines.get(0).split("\t"));
        int code = header.indexOf("code");
        int gold = header.indexOf("goldstein");
        int quad = header.indexOf("quad_class");
        Codebook cb = Codebook.standard();
        Map<String, String[]> theirs = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            theirs.put(c[code], c);
        }
        assertThat(cb.all()).extracting(CameoCode::code).containsExactlyInAnyOrderElementsOf(theirs.keySet());
        for (CameoCode c : cb.all()) {
            String[] t = theirs.get(c.code());
            assertThat(c.quadClass()).as("quad class of %s", c.code()).isEqualTo(Integer.parseInt(t[quad]));
            if (t[gold].isEmpty()) {
                assertThat(c.goldstein()).as("goldstein of %s", c.code()).isEmpty();
            } else {
                assertThat(c.goldstein().getAsDouble()).as("goldstein of %s", c.code())
                        .isEqualTo(Double.parseDouble(t[gold]));
            }
        }
    }

    @Test
    void mapsRootsToGdeltQuadClasses() {
        assertThat(CameoCode.quadClassOfRoot("05")).isEqualTo(1);
        assertThat(CameoCode.quadClassOfRoot("09")).isEqualTo(2);
        assertThat(CameoCode.quadClassOfRoot("14")).isEqualTo(3);
        assertThat(CameoCode.quadClassOfRoot("15")).isEqualTo(4);
    }

    @Test
    void givesEveryCodeAPloverCategoryAndAName() {
        assertThat(Codebook.standard().all()).allSatisfy(c -> {
            assertThat(c.plover()).isNotBlank();
            assertThat(c.name()).isNotBlank();
        });
        assertThat(Codebook.standard().require("042").plover()).isEqualTo("CONSULT");
        assertThat(Codebook.standard().require("190").plover()).isEqualTo("ASSAULT");
    }

    @Test
    void fallsBackToTheParentScoreForUnscoredCodes() {
        assertThat(Codebook.standard().goldstein("1952")).isEqualTo(-10.0);
    }

    @Test
    void rejectsAQuadClassThatContradictsTheRootNamingTheLine() {
        String tsv = HEADER + "04\tConsult\t1.0\t1\tCONSULT\n042\tMake a visit\t1.9\t3\tCONSULT\n";
        assertThatThrownBy(() -> codebook(tsv))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("bad.tsv:3:")
                .hasMessageContaining("does not match root 04");
    }

    @Test
    void rejectsACodeWhoseRootHasNoRowNamingTheFileAndLine() {
        String tsv = HEADER + "04\tConsult\t1.0\t1\tCONSULT\n# a comment\n051\tPraise\t3.4\t1\tSUPPORT\n";
        assertThatThrownBy(() -> codebook(tsv))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("bad.tsv:4:")
                .hasMessageContaining("root 05");
    }

    @Test
    void readsTheQuadClassOfARootFromItsRow() {
        Codebook cb = codebook(HEADER + "04\tConsult\t1.0\t3\tCONSULT\n042\tMake a visit\t1.9\t3\tCONSULT\n");
        assertThat(cb.quadClassOfRoot("04")).isEqualTo(3);
        assertThatThrownBy(() -> cb.quadClassOfRoot("05")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cb.quadClassOfRoot("042")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRootOfTheShippedCodebookHasARow() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertThat(Codebook.standard().contains(root)).as(root).isTrue();
        }
        assertThat(Codebook.standard().all()).allSatisfy(c ->
                assertThat(c.quadClass()).isEqualTo(CameoCode.quadClassOfRoot(c.root())));
    }

    @Test
    void aCodeHasTheTraitsOfItsRowAndOfItsParentCodes() {
        Codebook cb = codebook(TRAITS + "04\tConsult\t1.0\t1\tCONSULT\tsymmetric, same-occasion\n"
                + "042\tMake a visit\t1.9\t1\tCONSULT\n05\tCooperate\t3.5\t1\tSUPPORT\n"
                + "057\tSign formal agreement\t8.0\t1\tAGREE\tsymmetric\n");
        assertThat(cb.is("042", Codebook.Trait.SYMMETRIC)).isTrue();
        assertThat(cb.is("0421", Codebook.Trait.SAME_OCCASION)).isTrue();
        assertThat(cb.is("057", Codebook.Trait.SYMMETRIC)).isTrue();
        assertThat(cb.is("057", Codebook.Trait.SAME_OCCASION)).isFalse();
        assertThat(cb.is("05", Codebook.Trait.SYMMETRIC)).as("a parent does not get its child's traits").isFalse();
        assertThat(cb.is("042", Codebook.Trait.ANNOUNCED_INTENT)).isFalse();
    }

    @Test
    void anUnknownTraitIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> codebook(TRAITS + "04\tConsult\t1.0\t1\tCONSULT\tsymetric\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("bad.tsv:2:")
                .hasMessageContaining("unknown trait 'symetric'");
    }

    @Test
    void theShippedCodebookKnowsTheSymmetricCodesOfCameo() {
        Codebook cb = Codebook.standard();
        assertThat(List.of("040", "042", "046", "057", "0571", "061", "190", "1951")).allSatisfy(c ->
                assertThat(cb.is(c, Codebook.Trait.SYMMETRIC)).as(c).isTrue());
        assertThat(List.of("010", "036", "051", "071", "111", "112", "173")).allSatisfy(c ->
                assertThat(cb.is(c, Codebook.Trait.SYMMETRIC)).as(c).isFalse());
        assertThat(cb.is("043", Codebook.Trait.SAME_OCCASION)).isTrue();
        assertThat(cb.is("073", Codebook.Trait.ANNOUNCED_INTENT)).isTrue();
        assertThat(cb.is("061", Codebook.Trait.ANNOUNCED_INTENT)).isFalse();
    }

    private static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover\n";
    private static final String TRAITS = "code\tname\tgoldstein\tquad_class\tplover\ttraits\n";

    private static Codebook codebook(String tsv) {
        return Codebook.from(TsvTable.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "bad.tsv", 5));
    }
}
