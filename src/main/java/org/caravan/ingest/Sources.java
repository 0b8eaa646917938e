package org.caravan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streams the documents of files and folders (recursively). Lazy: a file is opened when the stream
 * reaches it and closed after; problems become {@link SourceError} items, never exceptions.
 * STUB: only .txt for now; the ingest feature replaces this with every format.
 */
public final class Sources {

    private Sources() {
    }

    /** All items of the given paths, in a stable order. Close the stream to release open files. */
    public static Stream<SourceItem> stream(List<Path> paths) {
        return paths.stream().flatMap(Sources::items);
    }

    private static Stream<SourceItem> items(Path p) {
        if (!Files.exists(p)) {
            return Stream.of(new SourceError(p.toString(), "no such file or folder"));
        }
        try {
            String name = p.getFileName().toString();
            String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            return Stream.of(RawDocument.text(id, p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Stream.of(new SourceError(p.toString(), e.getMessage()));
        } catch (UncheckedIOException e) {
            return Stream.of(new SourceError(p.toString(), e.getCause().getMessage()));
        }
    }
}
