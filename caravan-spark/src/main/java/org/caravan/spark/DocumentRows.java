package org.caravan.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code documents} and {@code failures} outputs as Spark rows: a document has the fields of
 * {@code documents.jsonl} ({@code output.DocumentLines}, {@code docs/output.md}), all strings, absent ones null.
 */
final class DocumentRows {

    /** The fields of a line of documents.jsonl, in its order. */
    static final List<String> FIELDS = List.of("doc_id", "url", "title", "published", "published_precision",
            "published_origin", "lang", "text", "status", "reason", "source");

    static final StructType DOCUMENTS = strings(FIELDS);
    static final StructType FAILURES = strings(List.of("file", "location", "reason"));

    private DocumentRows() {
    }

    static Row document(ExtractedDocument d) {
        JsonNode o = DistributedMerge.parse(d.json());
        Object[] values = new Object[FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = o.path(FIELDS.get(i));
            values[i] = v.isNull() || v.isMissingNode() ? null : v.asText();
        }
        return RowFactory.create(values);
    }

    static Row failure(Failure f) {
        return RowFactory.create(f.file(), f.location(), f.reason());
    }

    private static StructType strings(List<String> names) {
        List<StructField> fields = new ArrayList<>();
        for (String n : names) {
            fields.add(DataTypes.createStructField(n, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }
}
