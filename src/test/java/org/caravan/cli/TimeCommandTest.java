package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;

class TimeCommandTest {

    private static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void printsOneLinePerExpressionWithOffsetsValuePrecisionAndRule() {
        CliRunner.Result r = run("time", "--date", "2022-09-15", "--lang", "fr", "Il s'est rendu mercredi au Kazakhstan.");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("15-23\tmercredi\tDATE\t2022-09-14\tday\tweekday" + System.lineSeparator());
    }

    @Test
    void printsTheEndOfARange() {
        CliRunner.Result r = run("time", "--date", "2022-09-15", "--lang", "fr", "Il était à Paris les 3 et 4 juillet.");

        assertThat(r.out()).contains("les 3 et 4 juillet\tDATE\t2022-07-03..2022-07-04\tday\tdays_and_month");
    }

    @Test
    void aBadDateIsAUsageError() {
        CliRunner.Result r = run("time", "--date", "15/09/2022", "hier");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--date must be YYYY-MM-DD");
    }

    @Test
    void theEvaluationRefusesAMissingCorpus() {
        CliRunner.Result r = run("eval", "time", "/nonexistent/corpus");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not a folder");
    }
}
