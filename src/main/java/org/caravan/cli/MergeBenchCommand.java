package org.caravan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caravan.stories.ArchiveMerge;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.MergeBench;
import org.caravan.stories.Stories;
import org.caravan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caravan bench-merge [--events N,...] [--db NEW]}: times the cross-document merge and the story grouping
 * over N synthetic tellings (several sizes, to see how it grows), and with {@code --db} the store's merge step (a
 * first step over everything, then the step after 1% more articles).
 */
@Command(name = "bench-merge", mixinStandardHelpOptions = true,
        description = "Times the cross-document merge and the stories over N synthetic events (and the store's step).")
final class MergeBenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", split = ",", defaultValue = "10000,20000,40000",
            description = "Synthetic events, one or more sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--db", paramLabel = "DB", description = "A new database folder: also time the store's merge "
            + "step over the first size (and an incremental step after 1%% more articles).")
    private String db;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        for (int n : sizes) {
            if (n < 1) {
                throw new UserException("--events must be at least 1, not " + n);
            }
        }
        MergeBench.inMemory(new MergeBench().articles(2000));
        o.println("| tellings | merged events | stories | merge s | stories s | tellings/s |");
        o.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            MergeBench.Timing t = MergeBench.inMemory(new MergeBench().articles(n));
            double secs = (t.mergeNanos() + t.storyNanos()) / 1e9;
            o.printf(Locale.ROOT, "| %d | %d | %d | %.2f | %.2f | %.0f |%n", t.tellings(), t.merged(), t.stories(),
                    t.mergeNanos() / 1e9, t.storyNanos() / 1e9, t.tellings() / secs);
        }
        if (db != null) {
            if (Files.exists(Path.of(db))) {
                throw new UserException(db + " exists; the benchmark fills a new database");
            }
            List<MergeBench.Article> all = new MergeBench().articles(sizes.get(0) + sizes.get(0) / 100);
            int first = all.size() * 100 / 101;
            ArchiveMerge step = new ArchiveMerge(CrossDocumentMerge.bundled(), Stories.english(c -> java.util.Optional.empty()));
            try (Store store = Store.open(db)) {
                MergeBench.save(store, all.subList(0, first));
                long t0 = System.nanoTime();
                ArchiveMerge.Result r = step.update(store.archive());
                long t1 = System.nanoTime();
                MergeBench.save(store, all.subList(first, all.size()));
                long t2 = System.nanoTime();
                ArchiveMerge.Result r2 = step.update(store.archive());
                long t3 = System.nanoTime();
                o.printf(Locale.ROOT, "store step over %d articles: %d blocks, %d merged events, %d stories in %.2f s%n",
                        r.documents(), r.blocks(), r.mergedEvents(), r.stories(), (t1 - t0) / 1e9);
                o.printf(Locale.ROOT, "incremental step after %d more articles: %d blocks, %d merged events, %d stories "
                        + "rewritten in %.2f s%n", r2.documents(), r2.blocks(), r2.mergedEvents(), r2.stories(),
                        (t3 - t2) / 1e9);
            }
        }
        o.flush();
        return ErrorHandler.OK;
    }
}
