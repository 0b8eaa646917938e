package org.caravan.export;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravan.store.EventRecord;

/**
 * The tellings of merged events read in the export's second pass before their event's last telling: kept in memory
 * up to a budget (in chars of their JSON), then written to a temporary file and read back when their event is
 * complete, so memory stays bounded however far apart in the store the tellings of one event lie. Members come back
 * in the order they were put. Not thread-safe; {@link #close} deletes the file.
 */
final class PendingTellings implements AutoCloseable {

    private final long budget;
    private final Map<Integer, List<Object>> pending = new HashMap<>();
    private long held;
    private Path file;
    private DataOutputStream out;
    private long written;
    private RandomAccessFile in;

    /** @param budget the chars of JSON held in memory before tellings go to the file (0: every one goes there) */
    PendingTellings(long budget) {
        this.budget = budget;
    }

    /** Adds a telling of cluster {@code c}; returns how many of its tellings are now pending. */
    int put(int c, EventRecord r) {
        List<Object> members = pending.computeIfAbsent(c, k -> new ArrayList<>(2));
        if (held + r.json().length() <= budget) {
            members.add(r);
            held += r.json().length();
        } else {
            members.add(spill(r));
        }
        return members.size();
    }

    /** Removes and returns the pending tellings of cluster {@code c}, in the order they were put. */
    List<EventRecord> take(int c) {
        List<Object> members = pending.remove(c);
        List<EventRecord> out = new ArrayList<>(members == null ? 0 : members.size());
        if (members != null) {
            for (Object m : members) {
                if (m instanceof EventRecord r) {
                    held -= r.json().length();
                    out.add(r);
                } else {
                    out.add(read((Long) m));
                }
            }
        }
        return out;
    }

    /** Whether any telling went to the file. */
    boolean spilled() {
        return file != null;
    }

    private Long spill(EventRecord r) {
        try {
            if (out == null) {
                file = Files.createTempFile("caravan-export-", ".pending");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            }
            long at = written;
            out.writeLong(r.globalId());
            long n = 8 + text(r.docId()) + text(r.json()) + text(r.docSource());
            n += optional(r.url()) + optional(r.lang()) + optional(r.published());
            out.writeInt(r.docLength());
            out.writeLong(r.added().getEpochSecond());
            out.writeInt(r.added().getNano());
            written += n + 16;
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a string; returns the bytes written. */
    private int text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        return 4 + b.length;
    }

    private int optional(Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        return 1 + (s.isPresent() ? text(s.get()) : 0);
    }

    private EventRecord read(long at) {
        try {
            out.flush();
            if (in == null) {
                in = new RandomAccessFile(file.toFile(), "r");
            }
            in.seek(at);
            long id = in.readLong();
            String doc = text();
            String json = text();
            String source = text();
            Optional<String> url = optional();
            Optional<String> lang = optional();
            Optional<String> published = optional();
            int length = in.readInt();
            Instant added = Instant.ofEpochSecond(in.readLong(), in.readInt());
            return new EventRecord(id, doc, json, source, url, lang, published, length, added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text() throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private Optional<String> optional() throws IOException {
        return in.readBoolean() ? Optional.of(text()) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
