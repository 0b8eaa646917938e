package org.caravan.spark;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code caravan analyze} on Apache Spark: reads WARC, JSONL and text files (local, HDFS or S3 paths), runs the
 * standard pipeline on the executors (built once per executor JVM), merges the events across documents, and writes
 * under {@code --out}: {@code documents/} (Parquet, the fields of documents.jsonl), {@code events/} (Parquet
 * partitioned by {@code year_month}, the schema of {@code caravan export --format parquet}), {@code gdelt-events/} and
 * {@code gdelt-mentions/} (text files of the GDELT 2.0 tables, as {@code caravan export --format gdelt-events |
 * gdelt-mentions} writes them) and {@code failures/} (one row per bad input: file, location, reason). A bad input never fails the job. See {@code docs/spark.md}.
 */
public final class AnalyzeJob {

    /** Inputs and outputs of a run. */
    public record Summary(long files, long documents, long events, long failures) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "files %d, documents %d, events %d (merged), failures %d", files,
                    documents, events, failures);
        }
    }

    private AnalyzeJob() {
    }

    public static void main(String[] args) {
        JobArgs job;
        try {
            job = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("caravan-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("caravan analyze").getOrCreate();
        try {
            System.out.println("caravan-spark: " + run(spark, job.inputs(), job.out()));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session; the output folder is replaced. */
    public static Summary run(SparkSession spark, List<String> inputs, String out) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MILLIS");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        InputFiles.Listing listing = InputFiles.list(conf.get(), inputs);
        Instant added = Instant.now();
        List<InputFile> files = listing.files();
        JavaRDD<Extracted> extracted = (files.isEmpty() ? jsc.<InputFile>emptyRDD()
                : jsc.parallelize(files, files.size()))
                .mapPartitions(new Extraction(conf)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<ExtractedDocument> docs = extracted.filter(x -> x instanceof ExtractedDocument)
                    .map(x -> (ExtractedDocument) x);
            JavaRDD<Failure> failures = extracted.filter(x -> x instanceof Failure).map(x -> (Failure) x)
                    .union(jsc.parallelize(listing.failures(), 1));
            JavaRDD<DistributedMerge.Merged> merged = DistributedMerge.merged(
                    docs.flatMap(d -> d.events().iterator()), added).persist(StorageLevel.MEMORY_AND_DISK_SER());
            spark.createDataFrame(docs.map(DocumentRows::document), DocumentRows.DOCUMENTS)
                    .write().mode(SaveMode.Overwrite).parquet(out + "/documents");
            spark.createDataFrame(failures.map(DocumentRows::failure), DocumentRows.FAILURES).coalesce(1)
                    .write().mode(SaveMode.Overwrite).parquet(out + "/failures");
            try {
                spark.createDataFrame(merged.map(DistributedMerge.Merged::row), DistributedMerge.SCHEMA).write()
                        .mode(SaveMode.Overwrite).partitionBy("year_month").parquet(out + "/events");
                text(spark, merged.map(DistributedMerge.Merged::gdeltEvent), out + "/gdelt-events");
                text(spark, merged.flatMap(m -> m.gdeltMentions().iterator()), out + "/gdelt-mentions");
            } finally {
                merged.unpersist(false);
            }
            long eventCount = spark.read().schema(DistributedMerge.SCHEMA).parquet(out + "/events").count();
            return new Summary(files.size(), docs.count(), eventCount, failures.count());
        } finally {
            extracted.unpersist(false);
        }
    }

    /** Lines as uncompressed text files (the GDELT tables: tab-separated, no header). */
    private static void text(SparkSession spark, JavaRDD<String> lines, String dir) {
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                .option("compression", "none").text(dir);
    }
}
