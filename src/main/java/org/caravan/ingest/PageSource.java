package org.caravan.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one text or HTML file as one document. Stateless and thread-safe. */
final class PageSource {

    private PageSource() {
    }

    static ItemReader read(Path file, String id, RawDocument.Format format) {
        return ItemReader.of(items(file, id, format));
    }

    private static List<SourceItem> items(Path file, String id, RawDocument.Format format) {
        String where = file.toString();
        byte[] b;
        try {
            b = Bytes.readFile(file);
        } catch (IOException | RuntimeException e) {
            return List.of(new SourceError(where, "cannot read: " + Bytes.reason(e)));
        }
        if (b.length == 0) {
            return List.of(new SourceError(where, "empty file"));
        }
        if (Bytes.looksBinary(b)) {
            return List.of(new SourceError(where, "binary data, not text; skipped"));
        }
        Charset cs = Bytes.utf16Bom(b) ? StandardCharsets.UTF_16
                : format == RawDocument.Format.HTML ? Bytes.htmlCharset(b) : StandardCharsets.UTF_8;
        Bytes.Decoded d = Bytes.decode(b, cs);
        List<SourceItem> out = new ArrayList<>();
        if (!d.clean()) {
            out.add(new SourceError(where, "invalid " + cs.name() + " at byte " + d.firstError()
                    + "; decoded with replacement characters"));
        }
        if (d.text().isBlank()) {
            out.add(new SourceError(where, "no text (only white space)"));
            return out;
        }
        out.add(new RawDocument(id, where, format, d.text(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        return out;
    }
}
