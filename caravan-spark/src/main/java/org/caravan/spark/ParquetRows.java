package org.caravan.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet's schema and rows (as the {@code parquet} export builds them: {@code export.ParquetSink}) as Spark's, so
 * the job writes the export's columns from the export's own field mapping. Covers the types that schema uses:
 * strings, 32- and 64-bit integers, doubles, DATE, TIMESTAMP(MILLIS), lists and nested groups; others are refused.
 * Dates and timestamps are {@link LocalDate} and {@link Instant} (Spark's Java 8 time API), lists Scala lists.
 */
final class ParquetRows {

    private ParquetRows() {
    }

    static StructType struct(GroupType group) {
        List<StructField> fields = new ArrayList<>();
        for (Type f : group.getFields()) {
            fields.add(DataTypes.createStructField(f.getName(), type(f), !f.isRepetition(Type.Repetition.REQUIRED)));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Type f) {
        if (f.isPrimitive()) {
            return primitive(f.asPrimitiveType());
        }
        GroupType g = f.asGroupType();
        if (g.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            Type element = g.getType(0).asGroupType().getType(0);
            return DataTypes.createArrayType(type(element), !element.isRepetition(Type.Repetition.REQUIRED));
        }
        return struct(g);
    }

    private static DataType primitive(PrimitiveType p) {
        LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
        return switch (p.getPrimitiveTypeName()) {
            case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                    ? DataTypes.TimestampType : DataTypes.LongType;
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? DataTypes.DateType : DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case BINARY -> {
                if (!(logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation)) {
                    throw new IllegalArgumentException("a binary column that is not a string: " + p.getName());
                }
                yield DataTypes.StringType;
            }
            default -> throw new IllegalArgumentException("a Parquet type the job does not map: " + p);
        };
    }

    /** The row of a group of {@code schema}, with {@code extra} values appended (partition columns). */
    static Row row(Group g, GroupType schema, Object... extra) {
        Object[] values = new Object[schema.getFieldCount() + extra.length];
        for (int i = 0; i < schema.getFieldCount(); i++) {
            values[i] = g.getFieldRepetitionCount(i) == 0 ? null : value(g, i, schema.getType(i));
        }
        System.arraycopy(extra, 0, values, schema.getFieldCount(), extra.length);
        return RowFactory.create(values);
    }

    private static Object value(Group g, int i, Type t) {
        if (!t.isPrimitive()) {
            GroupType gt = t.asGroupType();
            Group inner = g.getGroup(i, 0);
            if (gt.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
                GroupType repeated = gt.getType(0).asGroupType();
                List<Object> list = new ArrayList<>();
                for (int j = 0; j < inner.getFieldRepetitionCount(0); j++) {
                    Group entry = inner.getGroup(0, j);
                    list.add(entry.getFieldRepetitionCount(0) == 0 ? null : value(entry, 0, repeated.getType(0)));
                }
                return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
            }
            return row(inner, gt);
        }
        LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
        return switch (t.asPrimitiveType().getPrimitiveTypeName()) {
            case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                    ? Instant.ofEpochMilli(g.getLong(i, 0)) : (Object) g.getLong(i, 0);
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(g.getInteger(i, 0)) : (Object) g.getInteger(i, 0);
            case DOUBLE -> g.getDouble(i, 0);
            case BOOLEAN -> g.getBoolean(i, 0);
            default -> g.getString(i, 0);
        };
    }
}
