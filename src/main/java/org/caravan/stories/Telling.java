package org.caravan.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What the cross-document merge compares of one per-document event, and nothing more: a few short strings, so that
 * the keys of a whole archive fit in memory when its events do not.
 *
 * @param pair the unordered actor pair, by actor key
 * @param source the key of the source actor
 * @param country the country of the event's place, or empty
 * @param order where the telling comes in the canonical order of the merge (tellings of one block are taken in this
 *              order, then in input order): empty when the input order is the order
 * @param published the publication day of the telling's document ({@code YYYY-MM-DD}), or empty when unknown
 */
public record Telling(String pair, String source, String cameo, String root, Dates.Told date, String country,
                      String order, String published) {

    public Telling {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(published, "published");
    }

    public Telling(String pair, String source, String cameo, String root, Dates.Told date, String country) {
        this(pair, source, cameo, root, date, country, "", "");
    }

    /**
     * The same telling in its canonical place (its document's publication date, document id, order in the
     * document), knowing its document's publication date.
     */
    public Telling in(java.util.Optional<String> docPublished, String docId, int seq) {
        String day = docPublished.filter(p -> p.length() == 10).orElse("");
        String place = docPublished.orElse("9999") + "|" + docId + "|"
                + String.format(java.util.Locale.ROOT, "%09d", seq);
        return new Telling(pair, source, cameo, root, date, country, place.intern(), day.intern());
    }

    /** The key of an event given as a line of the events.jsonl schema. */
    public static Telling of(ObjectNode e) {
        String s = actor(e, "source");
        String t = actor(e, "target");
        String pair = s.compareTo(t) <= 0 ? s + "|" + t : t + "|" + s;
        JsonNode place = e.path("location");
        String country = place.isObject() && place.hasNonNull("country") ? place.get("country").asText() : "";
        return new Telling(pair.intern(), s.intern(), e.path("cameo").asText().intern(),
                e.path("root").asText().intern(), date(e), country.intern());
    }

    static Dates.Told date(ObjectNode e) {
        return new Dates.Told(e.path("date").asText("").intern(), e.path("date_precision").asText("").intern());
    }

    private static String actor(ObjectNode e, String role) {
        JsonNode a = e.path(role);
        return a.hasNonNull("key") ? a.get("key").asText() : a.path("id").asText();
    }
}
