package org.caravan.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.caravan.ingest.RawDocument;
import org.caravan.ingest.SourceError;
import org.caravan.ingest.SourceItem;
import org.caravan.ingest.Sources;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.caravan.output.DocumentLines;
import org.caravan.output.EventLines;
import org.caravan.run.Failures;
import org.caravan.store.ContentHash;
import org.caravan.store.StoredDocument;
import org.caravan.store.StoredEvent;

/**
 * Per-document extraction over one partition of input files, lazily: each file is opened when the previous one is
 * done and read with Caravan's own sources (a WARC file record by record), each document ingested and run through
 * this executor's pipeline ({@link ExecutorPipeline}) as {@code analyze} does. A bad record, file or document is a
 * {@link Failure} (a failed document also a document row with its status and reason); the partition goes on.
 */
final class Extraction implements FlatMapFunction<Iterator<InputFile>, Extracted> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HadoopConf conf;

    Extraction(HadoopConf conf) {
        this.conf = conf;
    }

    @Override
    public Iterator<Extracted> call(Iterator<InputFile> files) {
        return new Items(files, conf.get());
    }

    /** The items of the files one after the other; at most one file open. */
    private static final class Items implements Iterator<Extracted> {
        private final Iterator<InputFile> files;
        private final Configuration conf;
        private final Deque<Extracted> ready = new ArrayDeque<>();
        private InputFile file;
        private LocalFile local;
        private Stream<SourceItem> stream;
        private Iterator<SourceItem> items = List.<SourceItem>of().iterator();
        private long record;

        Items(Iterator<InputFile> files, Configuration conf) {
            this.files = files;
            this.conf = conf;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty()) {
                if (items.hasNext()) {
                    accept(items.next());
                } else if (!openNext()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Extracted next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private boolean openNext() {
            closeCurrent();
            if (!files.hasNext()) {
                return false;
            }
            file = files.next();
            record = 0;
            try {
                local = LocalFile.of(file, conf);
                stream = Sources.stream(List.of(local.path()));
                items = stream.iterator();
            } catch (IOException | RuntimeException e) {
                ready.add(new Failure(file.uri(), file.uri(), "cannot read: " + Failures.reason(e)));
                closeCurrent();
            }
            return true;
        }

        private void closeCurrent() {
            items = List.<SourceItem>of().iterator();
            if (stream != null) {
                stream.close();
                stream = null;
            }
            if (local != null) {
                local.close();
                local = null;
            }
        }

        private void accept(SourceItem item) {
            if (item instanceof SourceError e) {
                ready.add(new Failure(file.uri(), where(e.location()), e.message()));
            } else if (item instanceof RawDocument raw) {
                process(raw, Order.document(file.index(), record++));
            }
        }

        /** A location of the local copy named by the input's URI; a local input keeps its path. */
        private String where(String location) {
            String copy = local.path().toString();
            boolean copied = !file.uri().startsWith("file:") && file.uri().indexOf(':') > 0;
            return copied && location.startsWith(copy) ? file.uri() + location.substring(copy.length()) : location;
        }

        private void process(RawDocument read, long order) {
            RawDocument raw = new RawDocument(read.id(), where(read.location()), read.format(), read.content(),
                    read.url(), read.title(), read.published(), read.lang());
            String hash = ContentHash.of(raw);
            String signature = ExecutorPipeline.signature();
            Document d;
            try {
                d = ExecutorPipeline.pipeline().process(ExecutorPipeline.ingestor().ingest(raw));
            } catch (RuntimeException | StackOverflowError e) {
                String reason = Failures.reason(e);
                Metadata m = new Metadata(raw.location(), raw.url(), raw.title(), Optional.empty());
                StoredDocument failed = StoredDocument.failed(raw.id(), hash, signature, m, reason);
                ready.add(new ExtractedDocument(order, json(DocumentLines.json(failed)), List.of()));
                ready.add(new Failure(file.uri(), raw.location(), "document " + raw.id() + " failed: " + reason));
                return;
            }
            StoredDocument stored = StoredDocument.done(d, hash, signature);
            ready.add(new ExtractedDocument(order, json(DocumentLines.json(stored)), told(d, order)));
        }
    }

    /** The document's events as lines of {@code events.jsonl}, with what the export needs of the document. */
    static List<Told> told(Document d, long order) {
        List<StoredEvent> events = EventLines.stored(d);
        Metadata m = d.metadata();
        String published = m.published().map(Published::date).map(PartialDate::iso).orElse("");
        List<Told> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(new Told(order, i, events.get(i).json(), d.id(), m.source(), m.url().orElse(""),
                    d.lang().orElse(""), published, d.text().length()));
        }
        return out;
    }

    private static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
