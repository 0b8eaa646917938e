package org.caravan.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.caravan.store.EventRecord;

/**
 * Events as one Parquet file with typed columns: numbers as numbers, the event's date as a DATE (the first day of
 * its period, with the precision beside it), the time it was added as a UTC timestamp, and its mentions nested as a
 * list of structs (document, sentence, offsets, text, URL). Written with the Parquet Java library (parquet-hadoop),
 * Snappy-compressed. Not thread-safe.
 */
public final class ParquetSink implements EventSink {

    /** The schema, in Parquet's message syntax. */
    public static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message event {
              required int64 global_id;
              required binary id (STRING);
              optional int32 date (DATE);
              optional binary date_precision (STRING);
              required binary cameo (STRING);
              required binary root (STRING);
              required int32 quad_class;
              required double goldstein;
              required binary source_name (STRING);
              required binary source_key (STRING);
              required binary source_code (STRING);
              required binary target_name (STRING);
              required binary target_key (STRING);
              required binary target_code (STRING);
              optional binary place_name (STRING);
              optional binary place_country (STRING);
              optional double place_lat;
              optional double place_lon;
              required int32 sources;
              required double confidence;
              required binary evidence (STRING);
              required int64 added (TIMESTAMP(MILLIS,true));
              required group mentions (LIST) {
                repeated group list {
                  required group element {
                    required binary doc_id (STRING);
                    required int32 sentence;
                    required int32 start;
                    required int32 end;
                    required binary text (STRING);
                    optional binary url (STRING);
                    optional binary lang (STRING);
                  }
                }
              }
            }
            """);

    private static final SimpleGroupFactory GROUPS = new SimpleGroupFactory(SCHEMA);

    private final ParquetWriter<Group> writer;

    /** Opens a new file; {@code rowGroupBytes} bounds the rows buffered before they are written out. */
    public ParquetSink(Path file, int rowGroupBytes) throws IOException {
        this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withRowGroupSize((long) rowGroupBytes)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        writer.write(group(e));
    }

    /** The row of one event, in {@link #SCHEMA} (the Spark job writes the same rows). */
    public static Group group(ExportedEvent e) {
        Group g = GROUPS.newGroup();
        g.append("global_id", e.globalId());
        g.append("id", e.text("id"));
        String date = e.text("date");
        if (!date.isEmpty()) {
            g.append("date", (int) firstDay(date).toEpochDay());
            g.append("date_precision", e.text("date_precision"));
        }
        g.append("cameo", e.text("cameo"));
        g.append("root", e.text("root"));
        g.append("quad_class", e.event().path("quad_class").asInt());
        g.append("goldstein", e.event().path("goldstein").asDouble());
        for (String role : new String[] {"source", "target"}) {
            g.append(role + "_name", e.actor(role, "name"));
            g.append(role + "_key", e.actor(role, "key"));
            g.append(role + "_code", e.actor(role, "code"));
        }
        e.location().ifPresent(l -> place(g, l));
        g.append("sources", e.documents().size());
        g.append("confidence", e.event().path("confidence").asDouble());
        g.append("evidence", e.text("evidence"));
        g.append("added", e.members().stream().map(EventRecord::added).min(java.util.Comparator.naturalOrder())
                .orElseThrow().toEpochMilli());
        Group list = g.addGroup("mentions");
        Map<String, EventRecord> docs = e.documents();
        for (JsonNode m : e.mentions()) {
            Group el = list.addGroup("list").addGroup("element");
            String doc = m.path("doc_id").asText();
            el.append("doc_id", doc);
            el.append("sentence", m.path("sentence").asInt());
            el.append("start", m.path("start").asInt());
            el.append("end", m.path("end").asInt());
            el.append("text", m.path("text").asText(""));
            EventRecord r = docs.get(doc);
            if (r != null) {
                r.url().ifPresent(u -> el.append("url", u));
                r.lang().ifPresent(l -> el.append("lang", l));
            }
        }
        return g;
    }

    private static void place(Group g, JsonNode l) {
        if (l.hasNonNull("name")) {
            g.append("place_name", l.get("name").asText());
        }
        if (l.hasNonNull("country")) {
            g.append("place_country", l.get("country").asText());
        }
        if (l.hasNonNull("lat") && l.hasNonNull("lon")) {
            g.append("place_lat", l.get("lat").asDouble());
            g.append("place_lon", l.get("lon").asDouble());
        }
    }

    /** The first day of an ISO date truncated to its precision (2022 is 2022-01-01, 2022-09 is 2022-09-01). */
    static LocalDate firstDay(String iso) {
        return LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
