package org.caravan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.data.TsvLines;

/**
 * Which CAMEO codes can tell one happening across documents ({@code /stories/coreferent-codes.tsv}): codes of one
 * group merge whatever the direction of the pair; other codes only with themselves. Immutable, thread-safe.
 */
final class CodeGroups {

    private static final String RESOURCE = "/stories/coreferent-codes.tsv";

    private final Map<String, String> groupOf;

    private CodeGroups(Map<String, String> groupOf) {
        this.groupOf = Map.copyOf(groupOf);
    }

    static CodeGroups bundled() {
        try (InputStream in = CodeGroups.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CodeGroups parse(BufferedReader in, String name) throws IOException {
        List<TsvLines.Line> lines = TsvLines.read(in);
        if (lines.isEmpty() || !lines.get(0).cells().equals(List.of("group", "codes"))) {
            throw new IllegalArgumentException(name + ": the header must be: group, codes");
        }
        Map<String, String> m = new HashMap<>();
        for (TsvLines.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != 2 || line.cells().get(0).isBlank()) {
                throw new IllegalArgumentException(name + ":" + line.number() + ": expected 2 columns: group, codes");
            }
            for (String code : line.cells().get(1).trim().split("\\s+")) {
                if (!code.matches("[0-9]{2,4}") || m.putIfAbsent(code, line.cells().get(0)) != null) {
                    throw new IllegalArgumentException(name + ":" + line.number() + ": bad or repeated code '" + code + "'");
                }
            }
        }
        return new CodeGroups(m);
    }

    /** The group of a code, if it has one. */
    Optional<String> group(String code) {
        return Optional.ofNullable(groupOf.get(code));
    }
}
