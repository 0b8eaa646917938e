package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class EventsCommandsTest {

    @Test
    void evalCameoRejectsAMissingGoldFileAsBadUsage() {
        CliRunner.Result r = CliRunner.run("eval", "cameo", "/nonexistent/gold.jsonl");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no gold file");
    }

    @Test
    void explainRejectsABadDateAsBadUsage() {
        CliRunner.Result r = CliRunner.run("explain", "--date", "yesterday", "Xi visited Astana.");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--date': expected YYYY, YYYY-MM or YYYY-MM-DD, got 'yesterday'");
    }

    @Test
    void explainReadsAJsonlFileAsAnalyzeDoesAndShowsItsHeadlineOnce(@TempDir Path dir) throws Exception {
        String headline = "Xi Jinping visits Kazakhstan for talks";
        Path file = Files.writeString(dir.resolve("doc.jsonl"), "{\"id\":\"x1\",\"published\":\"2022-09-14\","
                + "\"title\":\"" + headline + "\",\"text\":\"" + headline + "\\n\\n" + headline + "\\n\\n"
                + "Chinese President Xi Jinping arrived in Astana on Wednesday for talks with President Tokayev, "
                + "officials said.\"}\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("explain", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("document x1,").contains("[1] Chinese President Xi Jinping arrived in Astana")
                .doesNotContain("\"text\"");
        assertThat(r.out().split(headline, -1)).as(r.out()).hasSize(2);
    }
}
