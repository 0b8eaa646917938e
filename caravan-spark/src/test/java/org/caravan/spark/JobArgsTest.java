package org.caravan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JobArgsTest {

    @Test
    void readsPathsAndTheOutputFolder() {
        JobArgs a = JobArgs.parse("s3a://bucket/a.warc.gz", "--out", "hdfs:///out", "local/b.jsonl");
        assertThat(a.inputs()).containsExactly("s3a://bucket/a.warc.gz", "local/b.jsonl");
        assertThat(a.out()).isEqualTo("hdfs:///out");
    }

    @Test
    void emptyCommandLineSaysWhatIsMissing() {
        assertThatThrownBy(JobArgs::parse).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no input path").hasMessageContaining("usage");
        assertThatThrownBy(() -> JobArgs.parse("a.jsonl")).hasMessageContaining("no --out folder");
        assertThatThrownBy(() -> JobArgs.parse("a.jsonl", "--out")).hasMessageContaining("--out needs a folder");
        assertThatThrownBy(() -> JobArgs.parse("a.jsonl", "--fast", "--out", "o"))
                .hasMessageContaining("unknown option --fast");
    }

    @Test
    void randomWordsAreReadAsPathsOrRefusedNeverMisread() {
        Random r = new Random(14);
        for (int i = 0; i < 200; i++) {
            String word = Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
            JobArgs a = JobArgs.parse(word, "-o", "out");
            assertThat(a.inputs()).isEqualTo(List.of(word));
        }
    }
}
