package org.caravan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Bounded reading and lenient decoding of bytes. Stateless and thread-safe. */
final class Bytes {

    /** The largest page (text or HTML file, JSONL line, WARC record, feed) read, in bytes. */
    static final int MAX_PAGE = 10 * 1024 * 1024;

    private Bytes() {
    }

    /** Thrown when input is larger than {@link #MAX_PAGE}. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long size) {
            super(String.format(Locale.ROOT, "too large (%.1f MB, limit %d MB); skipped", size / 1048576.0,
                    MAX_PAGE / 1048576));
        }
    }

    /** Reads a whole file, refusing one larger than {@link #MAX_PAGE}. */
    static byte[] readFile(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_PAGE) {
            throw new TooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readCapped(in);
        }
    }

    /** Reads a stream to its end, refusing more than {@link #MAX_PAGE} bytes. */
    static byte[] readCapped(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_PAGE + 1);
        if (b.length > MAX_PAGE) {
            throw new TooLarge(b.length + in.transferTo(java.io.OutputStream.nullOutputStream()));
        }
        return b;
    }

    /** Whether the bytes look like binary data rather than text: NUL bytes or many control bytes. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return !(utf16Bom(b));
            }
            if (c < 9 || (c > 13 && c < 32 && c != 27)) {
                bad++;
            }
        }
        return n > 0 && bad * 20 > n;
    }

    /** Whether the bytes start with a UTF-16 byte-order mark. */
    static boolean utf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    /** Decoded text, and the byte offset of the first malformed sequence or -1. */
    record Decoded(String text, long firstError) {
        boolean clean() {
            return firstError < 0;
        }
    }

    /** Decodes strictly when possible; else replaces malformed bytes and reports where the first one was. */
    static Decoded decode(byte[] b, Charset cs) {
        int start = 0;
        if (cs.equals(StandardCharsets.UTF_8) && b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB
                && b[2] == (byte) 0xBF) {
            start = 3;
        }
        CharsetDecoder strict = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        try {
            return new Decoded(strict.decode(in).toString(), -1);
        } catch (CharacterCodingException e) {
            CharsetDecoder probe = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer again = ByteBuffer.wrap(b, start, b.length - start);
            probe.decode(again, CharBuffer.allocate(b.length + 1), true);
            long at = again.position();
            String text = new String(b, start, b.length - start, cs);
            return new Decoded(text, at);
        }
    }

    /** The charset of an HTML page, found by jsoup from its bytes (byte-order mark, meta charset), UTF-8 by default. */
    static Charset htmlCharset(byte[] b) {
        try {
            org.jsoup.nodes.Document d = Jsoup.parse(new ByteArrayInputStream(b, 0, Math.min(b.length, 65536)),
                    null, "");
            return d.charset();
        } catch (IOException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A one-line reason for an exception, without stack or class noise where possible. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.io.UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        String kind = t.getClass().getSimpleName();
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.io.EOFException || (m != null && m.contains("Unexpected end of ZLIB"))) {
            return "unexpected end of file (truncated?)";
        }
        return m == null || m.isBlank() ? kind : m.replace('\n', ' ').strip();
    }

    /** A short stable id from a URL and content: 16 hex digits of their SHA-256. */
    static String hashId(String url, String content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(url.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
