package org.caravan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.caravan.data.TsvLines;

/**
 * Which CAMEO codes are told the same whichever actor comes first ({@code /stories/symmetric-codes.tsv}): a code
 * starting with one of its prefixes. Immutable, thread-safe.
 */
final class SymmetricCodes {

    private static final String RESOURCE = "/stories/symmetric-codes.tsv";

    private final List<String> prefixes;

    private SymmetricCodes(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    static SymmetricCodes bundled() {
        try (InputStream in = SymmetricCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static SymmetricCodes parse(BufferedReader in, String name) throws IOException {
        List<TsvLines.Line> lines = TsvLines.read(in);
        if (lines.isEmpty() || !lines.get(0).cells().equals(List.of("prefix", "what"))) {
            throw new IllegalArgumentException(name + ": the header must be: prefix, what");
        }
        List<String> prefixes = new ArrayList<>();
        for (TsvLines.Line line : lines.subList(1, lines.size())) {
            String prefix = line.cells().get(0).trim();
            if (line.cells().size() != 2 || !prefix.matches("[0-9]{2,4}")) {
                throw new IllegalArgumentException(name + ":" + line.number()
                        + ": expected 2 columns: prefix (2 to 4 digits), what");
            }
            prefixes.add(prefix);
        }
        return new SymmetricCodes(prefixes);
    }

    /** Whether a code is told the same in both directions. */
    boolean symmetric(String code) {
        return prefixes.stream().anyMatch(code::startsWith);
    }
}
