package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve, index and load commands refuse bad usage with one line and exit code 2 (nothing is started). */
class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsABadUsage(@TempDir Path tmp) {
        CliRunner.Result r = CliRunner.run("serve", "--db", tmp.resolve("db").toString(), "--port", "70000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1).first().asString().contains("--port");
    }

    @Test
    void loadRefusesZeroClientsAndAnUrlThatIsNotHttp() {
        CliRunner.Result none = CliRunner.run("load", "http://127.0.0.1:18089/", "--clients", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--clients");
        CliRunner.Result file = CliRunner.run("load", "file:///etc/passwd", "--seconds", "1");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("http");
    }

    @Test
    void serveListsItsOptionsInItsHelp() {
        CliRunner.Result r = CliRunner.run("serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--db", "--port", "--bind", "127.0.0.1");
    }
}
