package org.caravan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the documents of files and folders (recursively, in sorted order). Lazy: a file is opened
 * when the stream reaches it and closed after; problems become {@link SourceError} items, never
 * exceptions. Formats are chosen by file extension: {@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}/{@code .jsonl.gz}, {@code .warc}/{@code .warc.gz}, {@code .rss}/{@code .atom}/{@code .xml}.
 * Stateless and thread-safe; each returned stream is for one consumer.
 */
public final class Sources {

    private Sources() {
    }

    /** All items of the given paths, in a stable order. Close the stream to release open files. */
    public static Stream<SourceItem> stream(List<Path> paths) {
        List<SourceItem> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            list(p, files, errors);
        }
        Map<Path, String> ids = pageIds(files);
        Chain chain = new Chain(errors, files, ids);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(chain::close);
    }

    /** Opens each file when the previous one is done, so that at most one file is open at a time. */
    private static final class Chain implements Iterator<SourceItem> {
        private final Iterator<SourceItem> listed;
        private final Iterator<Path> files;
        private final Map<Path, String> ids;
        private ItemReader current = ItemReader.of(List.of());

        Chain(List<SourceItem> errors, List<Path> files, Map<Path, String> ids) {
            this.listed = errors.iterator();
            this.files = files.iterator();
            this.ids = ids;
        }

        @Override
        public boolean hasNext() {
            if (listed.hasNext()) {
                return true;
            }
            while (!current.hasNext()) {
                current.close();
                if (!files.hasNext()) {
                    return false;
                }
                Path f = files.next();
                current = open(f, ids.get(f));
            }
            return true;
        }

        @Override
        public SourceItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return listed.hasNext() ? listed.next() : current.next();
        }

        void close() {
            current.close();
        }
    }

    /** Whether the file's name has one of the supported extensions (folders are listed with it). */
    public static boolean supported(Path file) {
        return kind(file) != null;
    }

    /** The format a file name selects, or null when the name has no supported extension. */
    static Kind kind(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return Kind.TEXT;
        } else if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Kind.HTML;
        } else if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) {
            return Kind.JSONL;
        } else if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        } else if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        return null;
    }

    enum Kind { TEXT, HTML, JSONL, WARC, FEED }

    private static void list(Path p, List<Path> files, List<SourceItem> errors) {
        if (!Files.exists(p)) {
            errors.add(new SourceError(p.toString(), "no such file or folder"));
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> kind(f) != null).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                errors.add(new SourceError(p.toString(), "cannot list folder: " + Bytes.reason(e)));
            }
        } else if (kind(p) == null) {
            errors.add(new SourceError(p.toString(), "unsupported file type (expected .txt, .html, .htm, .jsonl, "
                    + ".jsonl.gz, .warc, .warc.gz, .rss, .atom or .xml)"));
        } else {
            files.add(p);
        }
    }

    /** Ids of text and HTML files: the name without extension, prefixed by the parent folder on collision. */
    static Map<Path, String> pageIds(List<Path> files) {
        Map<String, Integer> counts = new HashMap<>();
        for (Path f : files) {
            if (isPage(f)) {
                counts.merge(stem(f), 1, Integer::sum);
            }
        }
        Map<Path, String> ids = new HashMap<>();
        for (Path f : files) {
            if (isPage(f)) {
                String stem = stem(f);
                Path parent = f.toAbsolutePath().normalize().getParent();
                boolean clash = counts.get(stem) > 1 && parent != null && parent.getFileName() != null;
                ids.put(f, clash ? parent.getFileName() + "/" + stem : stem);
            }
        }
        return ids;
    }

    private static boolean isPage(Path f) {
        Kind k = kind(f);
        return k == Kind.TEXT || k == Kind.HTML;
    }

    private static String stem(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ItemReader open(Path file, String pageId) {
        return switch (kind(file)) {
            case TEXT -> PageSource.read(file, pageId, RawDocument.Format.TEXT);
            case HTML -> PageSource.read(file, pageId, RawDocument.Format.HTML);
            case JSONL -> JsonlSource.open(file);
            case WARC -> WarcSource.open(file);
            case FEED -> FeedSource.read(file);
        };
    }
}
