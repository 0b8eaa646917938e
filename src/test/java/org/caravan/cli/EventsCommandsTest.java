package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.testkit.CliRunner;
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
}
