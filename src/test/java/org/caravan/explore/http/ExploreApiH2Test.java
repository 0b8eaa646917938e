package org.caravan.explore.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over the embedded H2 store; also: new events stored by analyze show without a restart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreApiH2Test extends ExploreApiContract {

    private Path dir;
    private ExploreFixture fixture;

    @BeforeAll
    void serve(@TempDir Path tmp) {
        dir = tmp;
        fixture = ExploreFixture.analyzeAndServe(dir.resolve("db").toString(), dir, dir.resolve("db/index"),
                ExploreFixture.SEEDS, ExploreFixture.UNTRUSTED);
    }

    @AfterAll
    void stop() throws IOException {
        fixture.close();
    }

    @Override
    ExploreFixture fixture() {
        return fixture;
    }

    @Test
    void eventsAnalyzedWhileServingShowWithoutARestart() throws Exception {
        Path more = dir.resolve("more.jsonl");
        java.nio.file.Files.writeString(more, "{\"id\":\"late_news\",\"published\":\"2025-03-02\",\"text\":"
                + "\"Moscow, 2 March 2025. Russian President Vladimir Putin met Kazakh President Kassym-Jomart "
                + "Tokayev in Moscow on Sunday.\"}\n");
        CliRunner.Result r = CliRunner.run("analyze", "-o", dir.resolve("out2").toString(), "--db",
                dir.resolve("db").toString(), more.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        long deadline = System.nanoTime() + 30_000_000_000L;
        int total = 0;
        while (System.nanoTime() < deadline && total == 0) {
            total = json("/api/events?doc=late_news").path("total").asInt();
            Thread.sleep(250);
        }
        assertThat(total).as("events of the late document, served without restart").isPositive();
    }
}
