package org.caravan.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text values of one property from a JSON-LD block ({@code <script type="application/ld+json">}) with
 * Jackson's streaming parser, at any depth ({@code @graph}, nested entities, several root values), in the order
 * they stand. Pages publish JSON-LD loosely, so comments, trailing commas, single quotes and raw control
 * characters are accepted, text before the first brace or bracket (an HTML comment opener) is skipped, and the
 * values read before a syntax error are kept. Stateless and thread-safe.
 */
final class JsonLd {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private JsonLd() {
    }

    /** The string values of {@code property} wherever it stands in the block, in document order. */
    static List<String> strings(String block, String property) {
        List<String> out = new ArrayList<>();
        int start = firstValue(block);
        if (start < 0) {
            return out;
        }
        try (JsonParser p = FACTORY.createParser(block.substring(start))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && property.equals(p.currentName())
                        && p.nextToken() == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        } catch (IOException e) {
            // malformed past this point: the values read so far stand
        }
        return out;
    }

    private static int firstValue(String block) {
        int brace = block.indexOf('{');
        int bracket = block.indexOf('[');
        return brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    }
}
