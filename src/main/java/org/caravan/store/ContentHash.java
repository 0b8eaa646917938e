package org.caravan.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.caravan.ingest.RawDocument;

/**
 * The SHA-256 of a raw document: its content and every field given with it, so that a change to any of them makes
 * the stored document stale. Thread-safe (stateless).
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(RawDocument raw) {
        MessageDigest md = sha256();
        field(md, raw.id());
        field(md, raw.format().name());
        field(md, raw.url());
        field(md, raw.title());
        field(md, raw.published());
        field(md, raw.lang());
        field(md, raw.content());
        if (raw.outlet().isPresent()) {
            // only when named, so the hash of a document without one is what it was before outlets were read
            field(md, raw.outlet());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void field(MessageDigest md, Optional<String> value) {
        field(md, value.map(v -> "+" + v).orElse("-"));
    }

    private static void field(MessageDigest md, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
