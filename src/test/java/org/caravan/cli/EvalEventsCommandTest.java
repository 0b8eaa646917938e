package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan eval events} on a gold and input of one document: one event found, one missed for want of a
 * trigger, one coded that the gold does not hold; scored by ../shared/eval/score.py itself.
 */
class EvalEventsCommandTest {

    private static final Path SCORER = Path.of("..", "shared", "eval", "score.py").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static CliRunner.Result run;

    @BeforeAll
    static void scoreATinyGoldFile() throws IOException {
        Files.writeString(dir.resolve("input.jsonl"), "{\"id\":\"t1\",\"published\":\"2023-05-02\",\"lang\":\"en\","
                + "\"text\":\"Chinese President Xi Jinping visited Kazakhstan on Monday, his first trip abroad this "
                + "year.\\n\\nKazakh President Tokayev and Russian President Putin were together in Moscow on Monday "
                + "evening.\\n\\nFrance condemned Russia on Monday, the foreign ministry in Paris said in a statement.\"}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"t1\",\"lang\":\"en\",\"events\":["
                + "{\"source\":\"CHN\",\"target\":\"KAZ\",\"cameo\":\"042\",\"root\":\"04\",\"date\":\"2023-05-01\","
                + "\"salient\":true,\"evidence\":\"Xi Jinping visited Kazakhstan\"},"
                + "{\"source\":\"KAZ\",\"target\":\"RUS\",\"cameo\":\"040\",\"root\":\"04\",\"date\":\"2023-05-01\","
                + "\"evidence\":\"Tokayev and Russian President Putin were together in Moscow\"}]}\n",
                StandardCharsets.UTF_8);
        run = CliRunner.run("eval", "events", dir.toString(), "--scorer", SCORER.toString(), "--threads", "1",
                "-o", dir.resolve("out").toString());
    }

    @Test
    void printsTheScorersFiguresOverallPerLanguageAndPerRoot() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^all\\s+0\\.500\\s+0\\.500\\s+0\\.500\\s+1\\s+1\\s+1\\s+1\\.000$")
                .containsPattern("(?m)^en\\s+0\\.500\\s+0\\.500\\s+0\\.500")
                .containsPattern("(?m)^root 04\\s+1\\.000\\s+0\\.500\\s+0\\.667\\s+1\\s+0\\s+1")
                .containsPattern("(?m)^root 11\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\s+1\\s+0");
    }

    @Test
    void listsTheMissWithItsSentenceAndTheReasonNoTrigger() {
        assertThat(run.out()).contains("missed t1 KAZ→RUS 04 2023-05-01  [no trigger]")
                .contains("[1] Kazakh President Tokayev and Russian President Putin were together in Moscow on Monday "
                        + "evening.");
    }

    @Test
    void listsTheFalsePositiveWithTheTriggerThatCodedIt() {
        assertThat(run.out()).contains("extra t1 FRA→RUS 111 2023-05-01  [not in gold]")
                .contains("[2] France condemned Russia on Monday")
                .containsPattern("trigger 'condemned' \\(condemn → 111 .*=> coded: FRA→RUS 111");
    }

    @Test
    void keepsTheOutputFolderWhenAskedTo() {
        assertThat(dir.resolve("out").resolve("events.jsonl")).isRegularFile();
        assertThat(dir.resolve("out").resolve("documents.jsonl")).isRegularFile();
    }

    @Test
    void aMissingInputIsBadUsageNamingTheFile() {
        CliRunner.Result r = CliRunner.run("eval", "events", dir.resolve("gold.jsonl").toString(),
                dir.resolve("nothing.jsonl").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such file: " + dir.resolve("nothing.jsonl"));
    }
}
