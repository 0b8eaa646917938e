package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravan.stories.MergeBench;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void timesTheMergeForEachSizeAndTheStoreStep() {
        CliRunner.Result r = CliRunner.run("bench-merge", "--events", "300,600", "--db", dir.resolve("b.db").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("| tellings | merged events |").contains("| 300 |").contains("| 600 |")
                .contains("store step over").contains("incremental step after");
    }

    @Test
    void noEventsIsBadUsage() {
        assertThat(CliRunner.run("bench-merge", "--events", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void theSyntheticArchiveIsSeededAndRetellsEvents() {
        var a = new MergeBench().articles(500);
        var b = new MergeBench().articles(500);
        assertThat(a.toString()).isEqualTo(b.toString());
        MergeBench.Timing t = MergeBench.inMemory(a);
        assertThat(t.tellings()).isEqualTo(500);
        assertThat(t.merged()).isLessThan(500).isPositive();
    }
}
