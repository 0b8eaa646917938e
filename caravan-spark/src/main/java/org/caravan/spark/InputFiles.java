package org.caravan.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.caravan.ingest.Sources;

/**
 * Lists the files of the input paths through Hadoop's file systems (local, HDFS, S3...), on the driver: each path as
 * given, a folder's supported files recursively and sorted by path, as {@code caravan analyze} does. A missing path
 * or an unsupported file named directly is a failure, not an error of the job.
 */
final class InputFiles {

    /** The files to read, in input order, and the inputs that could not be listed. */
    record Listing(List<InputFile> files, List<Failure> failures) {
        Listing {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    private InputFiles() {
    }

    static Listing list(Configuration conf, List<String> inputs) {
        List<String> uris = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String input : inputs) {
            try {
                listOne(conf, input, uris, failures);
            } catch (IOException | RuntimeException e) {
                failures.add(new Failure(input, input, "cannot list: " + e));
            }
        }
        List<InputFile> files = new ArrayList<>(uris.size());
        for (String uri : uris) {
            files.add(new InputFile(files.size(), uri));
        }
        return new Listing(files, failures);
    }

    private static void listOne(Configuration conf, String input, List<String> uris, List<Failure> failures)
            throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
            failures.add(new Failure(input, input, "no such file or folder"));
            return;
        }
        FileStatus status = fs.getFileStatus(p);
        if (!status.isDirectory()) {
            if (supported(status.getPath())) {
                uris.add(status.getPath().toString());
            } else {
                failures.add(new Failure(input, input, "unsupported file type (expected .txt, .html, .htm, .jsonl, "
                        + ".jsonl.gz, .warc, .warc.gz, .rss, .atom or .xml)"));
            }
            return;
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && supported(f.getPath())) {
                found.add(f.getPath().toString());
            }
        }
        found.sort(null);
        uris.addAll(found);
    }

    private static boolean supported(org.apache.hadoop.fs.Path p) {
        return Sources.supported(Path.of(p.getName()));
    }
}
