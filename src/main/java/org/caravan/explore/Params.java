package org.caravan.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Request parameters (query string) read and checked: every value is bounded in length, an unknown parameter is an
 * error naming it. Immutable.
 */
public final class Params {

    /** Longest value accepted for any parameter. */
    public static final int MAX_VALUE = 300;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param known the parameters this route accepts
     * @throws BadParameter for an unknown parameter or an over-long value
     */
    public static Params of(Map<String, List<String>> query, Set<String> known) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new BadParameter(e.getKey(), "unknown parameter (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
            for (String v : e.getValue()) {
                if (v.length() > MAX_VALUE) {
                    throw new BadParameter(e.getKey(), "longer than " + MAX_VALUE + " characters");
                }
            }
        }
        return new Params(Map.copyOf(query));
    }

    /** The first non-blank value, stripped. */
    public Optional<String> get(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty())
                .findFirst();
    }

    /** Every non-blank value, comma-separated values split. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "not an integer: " + v.get());
        }
        if (n < min || n > max) {
            throw new BadParameter(name, "must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
