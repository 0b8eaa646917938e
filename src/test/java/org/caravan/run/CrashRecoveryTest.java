package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.caravan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an analysis (SIGKILL, as {@code kill -9}) in the middle of its run, then runs it again: every document is
 * stored exactly once, with exactly its events, and the second run redoes only what the first did not store.
 */
class CrashRecoveryTest {

    private static final int DOCUMENTS = 40;

    @TempDir
    Path dir;

    @Test
    void killedRunThenRerunStoresEveryDocumentOnceWithAllItsEvents() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            files.add(Files.writeString(dir.resolve(String.format("doc%02d.txt", i)), "Texte numéro " + i + ".\n"));
        }
        String db = dir.resolve("caravan.db").toString();

        int seenBeforeKill = runAndKill(db, files, 8);
        assertThat(seenBeforeKill).as("killed mid-run").isBetween(8, DOCUMENTS - 1);

        long storedBefore;
        try (Store store = Store.open(db)) {
            storedBefore = store.documentCount();
            assertThat(store.eventCount()).as("each stored document has all its events").isEqualTo(2 * storedBefore);
        }
        assertThat(storedBefore).isBetween(1L, DOCUMENTS - 1L);

        try (Store store = Store.open(db)) {
            Analysis.Result rerun = new Analysis(store,
                    () -> TestStages.pipeline(new TestStages.TwoEvents(0, Optional.empty())), 2, p -> { })
                    .run(files);
            assertThat(rerun.counts().skipped()).isEqualTo(storedBefore);
            assertThat(rerun.counts().processed()).isEqualTo(DOCUMENTS - storedBefore);
            assertThat(store.documentCount()).isEqualTo(DOCUMENTS);
            assertThat(store.eventCount()).isEqualTo(2L * DOCUMENTS);
            for (int i = 0; i < DOCUMENTS; i++) {
                assertThat(store.eventLines(String.format("doc%02d", i))).hasSize(2);
            }
        }
    }

    /** Starts the child, waits until it reports {@code after} documents, kills it; returns what it reported. */
    private int runAndKill(String db, List<Path> files, int after) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowAnalysisMain.class.getName(), db));
        files.forEach(f -> cmd.add(f.toString()));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("processed ")) {
                    seen++;
                }
                if (seen >= after) {
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        return seen;
    }
}
