package org.caravan.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.caravan.export.ExportedEvent;
import org.caravan.export.ParquetSink;
import org.caravan.export.PartitionedParquetSink;
import org.caravan.store.EventRecord;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Telling;

/**
 * The cross-document merge as a distributed step: every per-document event goes to its block (the merge's own
 * blocking key: the unordered actor pair, the code's group and the year), each block is merged on one executor by
 * {@link CrossDocumentMerge} itself, its events taken in input order. Tellings of different blocks never join, so the
 * events are those of the single-machine merge over the whole input. A block holds the events of one pair and code
 * group in one year: the memory of one task grows with the largest block, not with the input.
 */
final class DistributedMerge {

    /** The export's Parquet columns and the partition column. */
    static final StructType SCHEMA = ParquetRows.struct(ParquetSink.SCHEMA)
            .add(DataTypes.createStructField("year_month", DataTypes.StringType, false));

    private static final ObjectMapper JSON = new ObjectMapper();

    private DistributedMerge() {
    }

    /** The merge of this JVM (its code groups loaded once). */
    private static final class Holder {
        static final CrossDocumentMerge MERGE = CrossDocumentMerge.bundled();
    }

    /**
     * One merged event in each of the job's event outputs: its row of {@link #SCHEMA}, its line of the GDELT Event
     * table and its lines of the Mentions table (as {@code caravan export} writes them, without the newline).
     */
    record Merged(Row row, String gdeltEvent, List<String> gdeltMentions) implements java.io.Serializable {
    }

    /** The merged events; {@code added} is when the run stored them. */
    static JavaRDD<Merged> merged(JavaRDD<Told> told, Instant added) {
        long millis = added.toEpochMilli();
        return told.keyBy(t -> Holder.MERGE.blockKey(Telling.of(parse(t.json()))))
                .groupByKey()
                .flatMap(block -> mergeBlock(block._2(), Instant.ofEpochMilli(millis)).iterator());
    }

    /** The merged events of one block. */
    static List<Merged> mergeBlock(Iterable<Told> block, Instant added) {
        List<Told> members = new ArrayList<>();
        block.forEach(members::add);
        members.sort(Told.INPUT_ORDER);
        List<ObjectNode> events = new ArrayList<>(members.size());
        List<Telling> tellings = new ArrayList<>(members.size());
        for (Told t : members) {
            ObjectNode e = parse(t.json());
            events.add(e);
            // the merge step's canonical place and publication day, as analyze's merge and the export take them
            tellings.add(Telling.of(e).in(present(t.published()), t.docId(), t.index()));
        }
        List<Merged> rows = new ArrayList<>();
        for (int[] cluster : Holder.MERGE.clusters(tellings)) {
            List<ObjectNode> nodes = new ArrayList<>(cluster.length);
            List<EventRecord> records = new ArrayList<>(cluster.length);
            for (int i : cluster) {
                nodes.add(events.get(i));
                records.add(record(members.get(i), added));
            }
            ObjectNode merged = Holder.MERGE.assemble(nodes);
            ExportedEvent exported = new ExportedEvent(records.get(0).globalId(), merged, records);
            String month = PartitionedParquetSink.partition(exported.text("date"));
            Row row = ParquetRows.row(ParquetSink.group(exported), ParquetSink.SCHEMA, month);
            rows.add(new Merged(row, Gdelt.event(exported), Gdelt.mentions(exported)));
        }
        return rows;
    }

    /** A per-document event as the export reads it from the store; its number is its place in input order. */
    private static EventRecord record(Told t, Instant added) {
        return new EventRecord(Order.event(t.docOrder(), t.index()) + 1, t.docId(), t.json(), t.docSource(),
                present(t.url()), present(t.lang()), present(t.published()), t.docLength(), added);
    }

    private static Optional<String> present(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
