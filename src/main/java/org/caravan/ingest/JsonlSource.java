package org.caravan.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) one line at a time, in bounded memory: one document a
 * line with {@code id} and {@code text} or {@code html}, optionally {@code url}, {@code title},
 * {@code published}, {@code lang}. A bad line becomes a {@link SourceError} naming {@code file:line}; reading
 * goes on. Not thread-safe (one reader per file).
 */
final class JsonlSource extends SteppedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long line;

    private JsonlSource(Path file) {
        this.file = file;
    }

    static ItemReader open(Path file) {
        return new JsonlSource(file);
    }

    @Override
    protected void step() {
        try {
            if (in == null) {
                InputStream raw = Files.newInputStream(file);
                boolean gz = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
                in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            }
            byte[] b = readLine();
            if (b == null) {
                if (line == 0) {
                    emit(new SourceError(file.toString(), "empty file"));
                }
                finish();
                return;
            }
            parse(b);
        } catch (Bytes.TooLarge e) {
            emit(new SourceError(file + ":" + line, "line " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            String where = in == null ? file.toString() : file + ":" + (line + 1);
            String what = in == null ? "cannot read: " : "read error after line " + line + ": ";
            emit(new SourceError(where, what + Bytes.reason(e)));
            finish();
        }
    }

    /** The next line's bytes without its end, null at end of input; a line over the limit is skipped whole. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long size = 0;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (size + n <= Bytes.MAX_PAGE) {
                line.write(buf, start, n);
            }
            size += n;
            if (pos < lim) {
                pos++;
                break;
            }
        }
        if (!any) {
            return null;
        }
        this.line++;
        if (size > Bytes.MAX_PAGE) {
            throw new Bytes.TooLarge(size);
        }
        return line.toByteArray();
    }

    private void parse(byte[] b) {
        String where = file + ":" + line;
        Bytes.Decoded d = Bytes.decode(b, StandardCharsets.UTF_8);
        if (!d.clean()) {
            emit(new SourceError(where, "invalid UTF-8 at byte " + d.firstError() + " of the line; decoded with replacement characters"));
        }
        String s = d.text().strip();
        if (s.isEmpty()) {
            return;
        }
        JsonNode n;
        try {
            n = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            emit(new SourceError(where, "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (n == null || !n.isObject()) {
            emit(new SourceError(where, "not a JSON object"));
            return;
        }
        Optional<String> text = field(n, "text");
        Optional<String> html = field(n, "html");
        if (text.isEmpty() && html.isEmpty()) {
            emit(new SourceError(where, "no \"text\" or \"html\" field"));
            return;
        }
        Optional<String> url = field(n, "url");
        String content = html.orElseGet(text::get);
        String id = field(n, "id").orElseGet(() -> Bytes.hashId(url.orElse(""), content));
        RawDocument.Format format = html.isPresent() ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        Optional<String> outlet = field(n, "outlet").or(() -> field(n, "site")).or(() -> field(n, "source"))
                .map(String::strip);
        emit(new RawDocument(id, where, format, content, url, field(n, "title"), field(n, "published"),
                field(n, "lang"), outlet));
    }

    private static Optional<String> field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(v.asText()).filter(s -> !s.isBlank());
    }

    @Override
    protected void release() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // closing a read-only file: nothing to recover
            }
        }
    }
}
