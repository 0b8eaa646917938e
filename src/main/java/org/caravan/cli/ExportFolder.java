package org.caravan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The output folder of a partitioned export: replaced only when it holds nothing but an earlier export. */
final class ExportFolder {

    private ExportFolder() {
    }

    /** Refuses a folder that holds anything but {@code year_month=...} partitions. */
    static void checkReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.anyMatch(p -> !p.getFileName().toString().startsWith("year_month="))) {
                throw new UserException(dir + " holds files that are not an earlier export; give an empty or new "
                        + "folder");
            }
        }
    }

    /** Deletes a file or folder tree, if it exists. */
    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
