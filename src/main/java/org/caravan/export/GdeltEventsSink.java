package org.caravan.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caravan.store.EventRecord;

/**
 * The GDELT 2.0 Event table as GDELT publishes it: tab-separated, no header, 61 columns in the codebook's order, one
 * event per line. Fields Caravan does not know are empty (tone, religion, ethnicity, actor geography); see
 * docs/exports.md for the mapping of every column. Not thread-safe.
 */
public final class GdeltEventsSink implements EventSink {

    /** The 61 column names of the GDELT 2.0 Event codebook, in order. */
    public static final List<String> COLUMNS = columns();

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Writer out;
    private final GdeltCodes codes;

    public GdeltEventsSink(Writer out, GdeltCodes codes) {
        this.out = out;
        this.codes = codes;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(g + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(e.globalId()));
        dates(e, row);
        actor(e, "source", row);
        actor(e, "target", row);
        row.add(isRoot(e) ? "1" : "0");
        String cameo = e.text("cameo");
        row.add(cameo);
        row.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        row.add(e.text("root"));
        row.add(e.text("quad_class"));
        row.add(e.text("goldstein"));
        row.add(Integer.toString(e.mentions().size()));
        row.add(e.text("num_sources")); // distinct known outlets, at least 1: counted once, by the merge
        row.add(Integer.toString(e.documents().size()));
        row.add("");
        emptyGeo(row);
        emptyGeo(row);
        Optional<JsonNode> place = e.location();
        if (place.isPresent()) {
            geo(place.get(), row);
        } else {
            emptyGeo(row);
        }
        row.add(TIMESTAMP.format(e.members().stream().map(EventRecord::added).min(java.util.Comparator.naturalOrder())
                .orElseThrow()));
        row.add(e.first().url().orElse(e.first().docSource()));
        out.write(Tsv.line(row));
    }

    /** SQLDATE, MonthYear, Year and FractionDate, each only when the event's date is that precise. */
    private static void dates(ExportedEvent e, List<String> row) {
        String d = e.text("date");
        String p = e.text("date_precision");
        boolean day = p.equals("day") && d.length() == 10;
        boolean month = day || (p.equals("month") && d.length() == 7);
        row.add(day ? d.replace("-", "") : "");
        row.add(month ? d.substring(0, 7).replace("-", "") : "");
        row.add(d.length() >= 4 ? d.substring(0, 4) : "");
        row.add(day ? fraction(d) : "");
    }

    /** GDELT's FractionDate: YYYY + (month * 30 + day) / 365, to four decimals. */
    private static String fraction(String iso) {
        int y = Integer.parseInt(iso.substring(0, 4));
        int m = Integer.parseInt(iso.substring(5, 7));
        int dd = Integer.parseInt(iso.substring(8, 10));
        return String.format(Locale.ROOT, "%.4f", y + ((m - 1) * 30 + dd) / 365.0);
    }

    private void actor(ExportedEvent e, String role, List<String> row) {
        String key = e.actor(role, "key");
        String code = e.actor(role, "code");
        ActorFields f = ActorFields.of(key, code, codes);
        row.add(f.code());
        row.add(e.actor(role, "name").toUpperCase(Locale.ROOT));
        row.add(f.country());
        row.add(f.group());
        row.add("");
        row.add("");
        row.add("");
        for (int i = 0; i < 3; i++) {
            row.add(i < f.types().size() ? f.types().get(i) : "");
        }
    }

    /** GDELT's root event: one told in the lead of an article (its title or first sentences). */
    private static boolean isRoot(ExportedEvent e) {
        return e.mentions().stream().anyMatch(m -> m.path("sentence").asInt(Integer.MAX_VALUE) <= 1);
    }

    private void geo(JsonNode place, List<String> row) {
        String iso = place.path("country").asText("");
        Optional<String> fips = codes.fips(iso);
        String name = place.path("name").asText("");
        row.add(iso.equals("USA") ? "3" : "4");
        row.add(codes.countryName(iso).map(c -> name + ", " + c).orElse(name));
        row.add(fips.orElse(""));
        row.add("");
        row.add("");
        row.add(place.hasNonNull("lat") ? place.get("lat").asText() : "");
        row.add(place.hasNonNull("lon") ? place.get("lon").asText() : "");
        row.add("");
    }

    /** No geography: type 0, as GDELT writes it, and the other seven fields empty. */
    private static void emptyGeo(List<String> row) {
        row.add("0");
        for (int i = 0; i < 7; i++) {
            row.add("");
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
