package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command on a two-document fixture in ECB+'s format, scored by the benchmark's own score.py. */
class EvalStoriesCommandTest {

    private static final Path SCORER = Path.of("../shared/benchmarks/news-clustering/score.py");

    @TempDir
    Path tmp;

    private static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    private Path benchmark() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("news-clustering/ecbplus"));
        for (String f : new String[] {"documents.jsonl", "gold_documents.jsonl", "gold_event_mentions.jsonl"}) {
            Files.copy(Path.of("src/test/resources/stories/ecbplus", f), dir.resolve(f));
        }
        Files.copy(SCORER, dir.getParent().resolve("score.py"));
        return dir;
    }

    @Test
    void twoTellingsOfOneVisitAreOneEventAndOneStoryInTheScorersEyes() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SCORER), "the shared benchmark is not beside the checkout");
        Path out = tmp.resolve("pred");
        CliRunner.Result r = run("eval", "stories", benchmark().toString(), "-o", out.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ECB+ test split: 2 documents", "event-mention coreference",
                "documents into stories", "conll_f1");
        assertThat(Files.readAllLines(out.resolve("system_event_mentions.jsonl")))
                .containsExactly("{\"id\":\"90_1ecb:0:2-3\",\"cluster\":\"90_1ecb-e1\"}",
                        "{\"id\":\"90_2ecb:0:7-8\",\"cluster\":\"90_1ecb-e1\"}");
        assertThat(Files.readAllLines(out.resolve("system_documents.jsonl")))
                .containsExactly("{\"id\":\"90_1ecb\",\"cluster\":\"story-90_1ecb-e1\"}",
                        "{\"id\":\"90_2ecb\",\"cluster\":\"story-90_1ecb-e1\"}");
        assertThat(r.out()).containsPattern("conll_f1\\s+100\\.00");
    }

    @Test
    void explainMergeOfAnUnknownEventFailsNamingIt() {
        CliRunner.Result r = run("explain-merge", "nope-e1", "--db", tmp.resolve("db").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no stored event has the id nope-e1");
    }

    @Test
    void aFolderThatIsNotTheBenchmarkIsABadUsage() {
        CliRunner.Result r = run("eval", "stories", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not the ECB+ benchmark folder");
    }
}
