package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eval commands read --scorer one way: a scorer that is not there is one line naming it, exit 2. */
class ScorerOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"time", "cameo", "events"})
    void aMissingScorerIsAUsageErrorNamingIt(String command) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{}\n");
        Path input = Files.writeString(dir.resolve("input.jsonl"), "{}\n");
        List<String> args = new ArrayList<>(List.of("eval", command));
        args.addAll(switch (command) {
            case "time" -> List.of(dir.toString());
            case "cameo" -> List.of(gold.toString());
            default -> List.of(gold.toString(), input.toString());
        });
        String missing = dir.resolve("no-such-score.py").toString();
        args.addAll(List.of("--scorer", missing));

        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ErrorHandler.USAGE);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).contains("no scorer at " + missing);
    }
}
