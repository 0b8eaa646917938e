package org.caravan.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caravan.store.Store;

/**
 * The child process of {@link CrashRecoveryTest}: analyses the files with a slow two-event stage that reports each
 * document on stdout, so the test can kill it mid-run. Arguments: DB FILE...
 */
public final class SlowAnalysisMain {

    private SlowAnalysisMain() {
    }

    public static void main(String[] args) {
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        try (Store store = Store.open(args[0])) {
            new Analysis(store, () -> TestStages.pipeline(new TestStages.TwoEvents(40, Optional.of(System.out))), 2,
                    System.err::println).run(files);
        }
        System.out.println("finished");
    }
}
