package org.caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void onATerminalItRedrawsOneLineAndErasesItAtTheEnd() throws InterruptedException {
        StringWriter s = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(s, true), () -> "7 done", true)) {
            long deadline = System.currentTimeMillis() + 5_000;
            while (!s.toString().contains("7 done") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        }
        String out = s.toString();
        assertThat(out).startsWith("\r[").contains("7 done").doesNotContain("\n").endsWith("\r");
    }

    @Test
    void aProblemLineIsPrintedAboveTheBar() throws InterruptedException {
        StringWriter s = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(s, true), () -> "working", true)) {
            long deadline = System.currentTimeMillis() + 5_000;
            while (!s.toString().contains("working") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            p.println("caravan: bad.jsonl:3: not JSON");
        }
        assertThat(s.toString()).contains("\rcaravan: bad.jsonl:3: not JSON\n");
    }

    @Test
    void offATerminalAShortRunPrintsNothing() {
        StringWriter s = new StringWriter();
        Progress p = Progress.start(new PrintWriter(s, true), () -> "7 done", false);
        p.close();
        assertThat(s.toString()).isEmpty();
    }
}
