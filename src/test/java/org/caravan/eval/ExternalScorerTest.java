package org.caravan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalScorerTest {

    @Test
    void capturesWhatTheScorerPrintsOnBothStreamsAndItsExitCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("score.py"),
                "import sys\nprint('F1', sys.argv[1])\nprint('warn', file=sys.stderr)\nsys.exit(3)\n");
        ExternalScorer.Output out = ExternalScorer.run(List.of("python3", "score.py", "0.5"), Optional.of(dir));
        assertThat(out.text()).contains("F1 0.5").contains("warn");
        assertThat(out.exitCode()).isEqualTo(3);
    }

    @Test
    void namesTheCommandWhenTheInterpreterIsMissing() {
        assertThatThrownBy(() -> ExternalScorer.run(List.of("no-such-python-here", "score.py"), Optional.empty()))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot run no-such-python-here score.py");
    }
}
