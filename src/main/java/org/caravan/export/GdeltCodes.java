package org.caravan.export;

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
 * The tables GDELT's fields are written with: CAMEO actor codes of organisations and the few countries whose CAMEO
 * code is not their ISO one ({@code /export/gdelt-actor-codes.tsv}), FIPS 10-4 country codes for the geography
 * fields ({@code /export/fips-countries.tsv}) and English country names ({@code /actors/countries.tsv}). Immutable,
 * thread-safe; load once.
 */
public final class GdeltCodes {

    /** How one actor key is written: CAMEO code, known group and type (the last two may be empty). */
    record ActorCode(String code, String group, String type) {
    }

    private final Map<String, ActorCode> actors;
    private final Map<String, String> fips;
    private final Map<String, String> countryNames;

    private GdeltCodes(Map<String, ActorCode> actors, Map<String, String> fips, Map<String, String> countryNames) {
        this.actors = Map.copyOf(actors);
        this.fips = Map.copyOf(fips);
        this.countryNames = Map.copyOf(countryNames);
    }

    /** The bundled tables. */
    public static GdeltCodes bundled() {
        Map<String, ActorCode> actors = new HashMap<>();
        for (List<String> r : rows("/export/gdelt-actor-codes.tsv", List.of("key", "code", "group", "type"))) {
            actors.put(r.get(0), new ActorCode(r.get(1), r.get(2), r.get(3)));
        }
        Map<String, String> fips = new HashMap<>();
        for (List<String> r : rows("/export/fips-countries.tsv", List.of("iso", "fips"))) {
            fips.put(r.get(0), r.get(1));
        }
        Map<String, String> names = new HashMap<>();
        for (List<String> r : rows("/actors/countries.tsv", List.of("code", "alpha2", "en", "fr", "ru", "de", "es"))) {
            names.put(r.get(0), r.get(2));
        }
        return new GdeltCodes(actors, fips, names);
    }

    private static List<List<String>> rows(String resource, List<String> header) {
        try (InputStream in = GdeltCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            List<TsvLines.Line> lines = TsvLines.read(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8)));
            if (lines.isEmpty() || !lines.get(0).cells().equals(header)) {
                throw new IllegalStateException(resource + ": the header must be: " + String.join(", ", header));
            }
            return lines.subList(1, lines.size()).stream().map(l -> {
                if (l.cells().size() != header.size() || l.cells().get(0).isBlank()) {
                    throw new IllegalStateException(resource + ":" + l.number() + ": expected " + header.size()
                            + " columns: " + String.join(", ", header));
                }
                return l.cells().stream().map(String::strip).toList();
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The written form of an actor key: the row of the table, else the key itself as a CAMEO code. */
    ActorCode actor(String key) {
        return actors.getOrDefault(key, new ActorCode(key, "", ""));
    }

    /** Whether the key is a country (an ISO alpha-3 code Caravan knows). */
    boolean isCountry(String key) {
        return countryNames.containsKey(key);
    }

    /** The FIPS 10-4 code of a country, when it has one. */
    Optional<String> fips(String iso) {
        return Optional.ofNullable(fips.get(iso));
    }

    /** The English name of a country, when known. */
    Optional<String> countryName(String iso) {
        return Optional.ofNullable(countryNames.get(iso));
    }
}
