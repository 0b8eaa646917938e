package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.Function;
import org.caravan.data.TsvLines;

/**
 * A story's title from its main event, by the templates of {@code /stories/titles-LANG.tsv} (see that file):
 * "Xi Jinping visits Kazakhstan", "China and Russia sign an agreement in Moscow". Immutable, thread-safe.
 */
final class TitleTemplates {

    private final Map<String, String> byCode;

    private TitleTemplates(Map<String, String> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The bundled English templates. */
    static TitleTemplates english() {
        return bundled("en");
    }

    static TitleTemplates bundled(String lang) {
        String resource = "/stories/titles-" + lang + ".tsv";
        try (InputStream in = TitleTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no title templates for language '" + lang + "' (" + resource + ")");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static TitleTemplates parse(BufferedReader in, String name) throws IOException {
        List<TsvLines.Line> lines = TsvLines.read(in);
        if (lines.isEmpty() || !lines.get(0).cells().equals(List.of("code", "template"))) {
            throw new IllegalArgumentException(name + ": the header must be: code, template");
        }
        Map<String, String> m = new HashMap<>();
        for (TsvLines.Line line : lines.subList(1, lines.size())) {
            List<String> c = line.cells();
            if (c.size() != 2 || !(c.get(0).equals("*") || c.get(0).matches("[0-9]{2,4}")) || c.get(1).isBlank()) {
                throw new IllegalArgumentException(name + ":" + line.number() + ": expected a code (or *) and a template");
            }
            if (m.put(c.get(0), c.get(1)) != null) {
                throw new IllegalArgumentException(name + ":" + line.number() + ": code " + c.get(0) + " given twice");
            }
        }
        if (!m.containsKey("*")) {
            throw new IllegalArgumentException(name + ": a template for * (any code) is needed");
        }
        return new TitleTemplates(m);
    }

    /** The template for a code: the longest prefix of it that has one, else the one for any code. */
    String template(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            String t = byCode.get(cameo.substring(0, n));
            if (t != null) {
                return t;
            }
        }
        return byCode.get("*");
    }

    /** The title of a story whose main event is {@code main}; {@code names} gives CAMEO names of codes. */
    String title(ObjectNode main, String date, Function<String, Optional<String>> names) {
        String cameo = main.path("cameo").asText();
        JsonNode loc = main.path("location");
        String place = loc.isObject() ? loc.path("name").asText("") : "";
        String event = names.apply(cameo).map(s -> s.toLowerCase(java.util.Locale.ROOT)).orElse("CAMEO " + cameo);
        String t = template(cameo)
                .replace("{source}", name(main.path("source")))
                .replace("{target}", name(main.path("target")))
                .replace("{event}", event)
                .replace("{place}", place)
                .replace("{in_place}", place.isEmpty() ? "" : " in " + place)
                .replace("{date}", date);
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String name(JsonNode actor) {
        String n = actor.path("name").asText("");
        return n.isEmpty() || n.equals("unknown") ? actor.path("key").asText("someone") : n;
    }
}
