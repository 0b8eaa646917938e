package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TimeCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsOneLinePerExpressionWithOffsetsValuePrecisionAndRule() {
        Run r = run("time", "--date", "2022-09-15", "--lang", "fr", "Il s'est rendu mercredi au Kazakhstan.");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("15-23\tmercredi\tDATE\t2022-09-14\tday\tweekday" + System.lineSeparator());
    }

    @Test
    void printsTheEndOfARange() {
        Run r = run("time", "--date", "2022-09-15", "--lang", "fr", "Il était à Paris les 3 et 4 juillet.");

        assertThat(r.out()).contains("les 3 et 4 juillet\tDATE\t2022-07-03..2022-07-04\tday\tdays_and_month");
    }

    @Test
    void aBadDateIsAUsageError() {
        Run r = run("time", "--date", "15/09/2022", "hier");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--date must be YYYY-MM-DD");
    }

    @Test
    void theEvaluationRefusesAMissingCorpus() {
        Run r = run("eval", "time", "/nonexistent/corpus");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a folder");
    }
}
