package org.caravan.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Short hashes (12 hex digits of SHA-256) of what stored work was made with: Caravan's code and bundled knowledge
 * (every class and data file of its jar or class folder, so an upgrade or an edited bundled file changes it), and
 * the user's own knowledge files (each file's name and bytes; a folder's {@code *.tsv} files in name order).
 * Stateless and thread-safe; the code's hash is computed once per process.
 */
public final class Fingerprints {

    private static final int HEX_DIGITS = 12;
    private static volatile String code;

    private Fingerprints() {
    }

    /** The hash of Caravan's code and bundled data files, from the jar or folder this class was loaded from. */
    public static String code() {
        String c = code;
        if (c == null) {
            synchronized (Fingerprints.class) {
                c = code;
                if (c == null) {
                    c = hashCode(codeLocation());
                    code = c;
                }
            }
        }
        return c;
    }

    /** The hash of the files (a folder stands for its {@code *.tsv} files); "none" when there are none. */
    public static String files(List<Path> paths) {
        List<Path> all = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(f)).sorted()
                            .forEach(all::add);
                } catch (IOException e) {
                    throw new DataFileException(p.toString(), "cannot list: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                all.add(p);
            }
        }
        if (all.isEmpty()) {
            return "none";
        }
        MessageDigest md = sha256();
        for (Path f : all) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try {
                md.update(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new DataFileException(f.toString(), "cannot read: " + e.getMessage(), e);
            }
            md.update((byte) 0);
        }
        return hex(md);
    }

    /**
     * The hash of the lines of tab-separated files whose first cell is each language code (the trigger lexicons'
     * {@code lang} column), by language: editing a French line changes only the French hash.
     */
    public static Map<String, String> linesByFirstCell(List<Path> files) {
        Map<String, MessageDigest> digests = new TreeMap<>();
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DataFileException(f.toString(), "cannot read: " + e.getMessage(), e);
            }
            for (String line : lines) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String first = line.split("\t", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
                digests.computeIfAbsent(first, k -> sha256()).update((line.strip() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Map<String, String> out = new TreeMap<>();
        digests.forEach((k, md) -> out.put(k, hex(md)));
        return out;
    }

    private static Path codeLocation() {
        try {
            return Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate Caravan's own code", e);
        }
    }

    private static String hashCode(Path location) {
        MessageDigest md = sha256();
        try {
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(location)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory()
                            && !e.getName().startsWith("META-INF/")).sorted(java.util.Comparator
                            .comparing(JarEntry::getName)).toList();
                    for (JarEntry e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Caravan's own code at " + location, e);
        }
        return hex(md);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest()).substring(0, HEX_DIGITS);
    }
}
