package org.caravan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;

import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML response records of a WARC file ({@code .warc}, {@code .warc.gz}) with jwarc, one record at a
 * time. Other records (requests, metadata, non-HTML payloads, non-2xx responses such as redirects) are skipped. Each document's id is derived from its URL and content. A truncated or
 * corrupt file yields an error naming the file and the byte offset; records before it are kept. Not thread-safe.
 */
final class WarcSource extends SteppedReader {

    private final Path file;
    private WarcReader reader;
    private Iterator<WarcRecord> records;
    private long count;

    private WarcSource(Path file) {
        this.file = file;
    }

    static ItemReader open(Path file) {
        return new WarcSource(file);
    }

    @Override
    protected void step() {
        long offset = 0;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
                records = reader.iterator();
            }
            offset = reader.position();
            if (!records.hasNext()) {
                if (count == 0 && offset == 0) {
                    emit(new SourceError(file.toString(), "empty file"));
                }
                finish();
                return;
            }
            WarcRecord r = records.next();
            count++;
            if (r instanceof WarcResponse resp) {
                record(resp, offset).ifPresent(this::emit);
            }
        } catch (IOException | RuntimeException e) {
            String where = reader == null ? file.toString() : file + "@" + offset;
            String what = reader == null ? "cannot read WARC: " : "bad or truncated WARC record at byte " + offset
                    + " (after " + count + " records): ";
            emit(new SourceError(where, what + Bytes.reason(e)));
            finish();
        }
    }

    /** One response record as a document, nothing (not HTML), or an error that leaves the next records readable. */
    private Optional<SourceItem> record(WarcResponse resp, long offset) {
        try {
            return document(resp, offset);
        } catch (IOException | RuntimeException e) {
            return Optional.of(new SourceError(file + "@" + offset, "unreadable WARC response record: " + Bytes.reason(e)));
        }
    }

    private Optional<SourceItem> document(WarcResponse resp, long offset) throws IOException {
        String where = file + "@" + offset;
        MediaType type = resp.http().contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        int status = resp.http().status();
        if (!base.contains("html") || status < 200 || status > 299) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = resp.http().body().stream()) {
            body = Bytes.readCapped(in);
        } catch (Bytes.TooLarge e) {
            return Optional.of(new SourceError(where, "record " + e.getMessage()));
        }
        if (body.length == 0) {
            return Optional.empty();
        }
        Charset cs = Bytes.htmlCharset(body);
        String declared = type.parameters().get("charset");
        if (declared != null) {
            try {
                cs = Charset.forName(declared.strip());
            } catch (IllegalArgumentException e) {
                // unknown charset name in the header: keep what jsoup found in the page
            }
        }
        String html = Bytes.decode(body, cs).text();
        String url = resp.target();
        return Optional.of(new RawDocument(Bytes.hashId(url, html), where, RawDocument.Format.HTML, html,
                Optional.ofNullable(url), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    protected void release() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // closing a read-only file: nothing to recover
            }
        }
    }

}
