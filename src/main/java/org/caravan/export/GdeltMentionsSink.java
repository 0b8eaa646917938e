package org.caravan.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caravan.store.EventRecord;

/**
 * The GDELT 2.0 Mentions table: tab-separated, no header, 16 columns, one line per mention of an event in a
 * document. Offsets are Caravan's, in chars of the clean text; a non-English document says its language in the
 * translation field as GDELT does ({@code srclc:fra}), with no translation engine after it since Caravan codes the
 * text in its own language. Not thread-safe.
 */
public final class GdeltMentionsSink implements EventSink {

    /** The 16 column names of the GDELT 2.0 Mentions codebook, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private final Writer out;

    public GdeltMentionsSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        Map<String, EventRecord> docs = e.documents();
        String eventAdded = GdeltEventsSink.TIMESTAMP.format(e.members().stream().map(EventRecord::added)
                .min(Comparator.naturalOrder()).orElseThrow());
        String confidence = Long.toString(Math.round(e.event().path("confidence").asDouble() * 100));
        for (JsonNode m : e.mentions()) {
            EventRecord doc = docs.getOrDefault(m.path("doc_id").asText(), e.first());
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(Long.toString(e.globalId()));
            row.add(eventAdded);
            row.add(GdeltEventsSink.TIMESTAMP.format(doc.added()));
            row.add(doc.url().isPresent() ? "1" : "2");
            row.add(ExportedEvent.outlet(doc));
            row.add(doc.url().orElse(doc.docSource()));
            row.add(Integer.toString(m.path("sentence").asInt() + 1));
            row.add("-1");
            row.add("-1");
            row.add(Integer.toString(m.path("start").asInt()));
            row.add("1");
            row.add(confidence);
            row.add(Integer.toString(doc.docLength()));
            row.add("");
            row.add(translationInfo(doc));
            row.add("");
            out.write(Tsv.line(row));
        }
    }

    private static String translationInfo(EventRecord doc) {
        String lang = doc.lang().orElse("");
        if (lang.isEmpty() || lang.equals("en")) {
            return "";
        }
        try {
            return "srclc:" + Locale.forLanguageTag(lang).getISO3Language();
        } catch (java.util.MissingResourceException x) {
            return "srclc:" + lang;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
