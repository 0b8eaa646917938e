package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes: {@code analyze} on the seeds with one worker and with two, each into a fresh
 * store and output folder, writes identical {@code documents.jsonl} and {@code events.jsonl}.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    private Path analyze(String name, int threads) {
        Path out = dir.resolve(name + "-out");
        CliRunner.Result r = CliRunner.run("analyze", Path.of("examples/seeds.jsonl").toAbsolutePath().toString(),
                "--threads", Integer.toString(threads), "--db", dir.resolve(name + ".db").toString(),
                "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }

    @Test
    void oneAndTwoThreadsWriteTheSameBytes() throws IOException {
        Path one = analyze("one", 1);
        Path two = analyze("two", 2);
        Path twoAgain = analyze("two-again", 2);

        for (String file : new String[] {"documents.jsonl", "events.jsonl"}) {
            byte[] expected = Files.readAllBytes(one.resolve(file));
            assertThat(expected).as(file).isNotEmpty();
            assertThat(Files.readAllBytes(two.resolve(file))).as(file + " with 2 threads").isEqualTo(expected);
            assertThat(Files.readAllBytes(twoAgain.resolve(file))).as(file + " with 2 threads, again")
                    .isEqualTo(expected);
        }
    }
}
