package org.caravan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * An input file as a local path, for Caravan's own readers: a local file is read where it is; a file of another
 * file system (HDFS, S3) is first copied, streaming, to a temporary folder of the executor under its own name, and
 * deleted on close. So a WARC file is read record by record from local disk, one file at a time per task.
 */
final class LocalFile implements AutoCloseable {

    private final Path path;
    private final Optional<Path> tempDir;

    private LocalFile(Path path, Optional<Path> tempDir) {
        this.path = path;
        this.tempDir = tempDir;
    }

    static LocalFile of(InputFile f, Configuration conf) throws IOException {
        URI uri = URI.create(f.uri());
        if (uri.getScheme() == null || uri.getScheme().equals("file")) {
            return new LocalFile(uri.getScheme() == null ? Path.of(f.uri()) : Path.of(uri), Optional.empty());
        }
        Path dir = Files.createTempDirectory("caravan-spark-");
        Path local = dir.resolve(f.name());
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(conf);
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
        return new LocalFile(local, Optional.of(dir));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        tempDir.ifPresent(LocalFile::delete);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind: the executor's temp space is cleaned with it
        }
    }
}
