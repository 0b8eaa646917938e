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
        String tsv = "code\tname\tgoldstein\tquad_class\tplover\n042\tMake a visit\t1.9\t3\tCONSULT\n";
        assertThatThrownBy(() -> Codebook.from(TsvTable.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "bad.tsv", 5)))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("bad.tsv:2:");
    }
}
