package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caravan.run.Baseline;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static List<String> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples/seeds").toAbsolutePath())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
    }

    private static CliRunner.Result bench(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(List.of(options));
        args.addAll(seedFiles());
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void reportsSpeedStagesAndHeap() throws IOException {
        CliRunner.Result r = bench("--threads", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents   5 (0 failed, 0 source errors), 1 threads")
                .contains("documents/s").contains("tokens/s").contains("ingest").contains("peak heap");
    }

    @Test
    void anUnknownBaselineIsBadUsage() throws IOException {
        CliRunner.Result r = bench("--baseline", "spacy");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("spacy");
    }

    @Test
    void theCoreNlpBaselineIsFoundInThisBuild() {
        assertThat(Baseline.coreNlp()).as(Baseline.CORENLP_CLASS + " with annotate(String, String)").isPresent();
    }
}
