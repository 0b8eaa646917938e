package org.caravan.explore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.caravan.store.StoreConnections;

/**
 * The read side of the store: fixed, parameterised queries only (no SQL is built from input). Reads documents
 * stored as done and their events. Thread-safe (a pool of connections).
 */
public final class ReadStore implements AutoCloseable {

    private static final String DOC_COLUMNS = "d.doc_id, d.source, d.url, d.title, d.published, d.lang";

    private final ConnectionPool pool;
    private final String description;

    public ReadStore(StoreConnections connections, int poolSize) {
        this.pool = new ConnectionPool(connections, poolSize);
        this.description = connections.describe();
    }

    public String describe() {
        return description;
    }

    /** Every document stored as done, with the time it was last written. */
    public Map<String, OffsetDateTime> versions() {
        return pool.with(c -> {
            Map<String, OffsetDateTime> v = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT doc_id, updated_at FROM documents WHERE status = ?")) {
                ps.setString(1, "done");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        v.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                    }
                }
            }
            return v;
        });
    }

    /** A stored document and the event lines stored for it, in their order. */
    public record StoredRows(Source source, List<String> events) {
    }

    /** Every document stored as done, with its events; one query. */
    public void all(Consumer<StoredRows> sink) {
        pool.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + ", e.body FROM documents d "
                    + "LEFT JOIN events e ON e.doc_id = d.doc_id WHERE d.status = ? ORDER BY d.doc_id, e.seq")) {
                ps.setString(1, "done");
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    Source current = null;
                    List<String> events = new ArrayList<>();
                    while (rs.next()) {
                        if (current == null || !current.docId().equals(rs.getString(1))) {
                            if (current != null) {
                                sink.accept(new StoredRows(current, events));
                            }
                            current = source(rs);
                            events = new ArrayList<>();
                        }
                        Optional.ofNullable(rs.getString(7)).ifPresent(events::add);
                    }
                    if (current != null) {
                        sink.accept(new StoredRows(current, events));
                    }
                }
            }
            return null;
        });
    }

    /** The given documents (those stored as done) with their events. */
    public List<StoredRows> some(List<String> docIds) {
        return pool.with(c -> {
            List<StoredRows> rows = new ArrayList<>();
            for (String id : docIds) {
                Optional<Source> s = sourceOf(c, id);
                if (s.isPresent()) {
                    rows.add(new StoredRows(s.get(), eventLines(c, id)));
                }
            }
            return rows;
        });
    }

    /**
     * The stories the merge step stored, and the story of each merged event; {@code pending} counts the documents
     * saved and not yet merged (it goes back to 0 when the step has run, so a change of it is a change of stories).
     */
    public record StoredStories(long pending, java.util.Map<String, String> storyOfEvent, List<StoryItem> stories) {
        public StoredStories {
            storyOfEvent = java.util.Map.copyOf(storyOfEvent);
            stories = List.copyOf(stories);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Number of documents saved and not yet covered by the merge step. */
    public long pendingMerges() {
        return pool.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM merge_pending");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The stored stories in (start, id) order, undated last, and the story of each merged event. */
    public StoredStories stories() {
        return pool.with(c -> {
            java.util.Map<String, String> of = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT event_id, story_id FROM merged_events WHERE story_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    of.put(rs.getString(1), rs.getString(2));
                }
            }
            List<StoryItem> stories = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id, body FROM stories ORDER BY "
                    + "CASE WHEN start_date IS NULL THEN 1 ELSE 0 END, start_date, story_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        stories.add(new StoryItem(rs.getString(1), JSON.readTree(rs.getString(2))));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new SQLException("story " + rs.getString(1) + " is not JSON", e);
                    }
                }
            }
            long pending;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM merge_pending");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                pending = rs.getLong(1);
            }
            return new StoredStories(pending, of, stories);
        });
    }

    /** A document stored as done, with its clean text. */
    public Optional<Article> article(String docId) {
        return pool.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + ", d.clean_text FROM documents d"
                    + " WHERE d.doc_id = ? AND d.status = ?")) {
                ps.setString(1, docId);
                ps.setString(2, "done");
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Article(source(rs), rs.getString(7))) : Optional.empty();
                }
            }
        });
    }

    /** The clean texts of documents, keyed by id, in the order asked; unknown ids are left out. */
    public Map<String, String> texts(List<String> docIds) {
        return pool.with(c -> {
            Map<String, String> texts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT clean_text FROM documents WHERE doc_id = ? AND status = ?")) {
                for (String id : docIds) {
                    ps.setString(1, id);
                    ps.setString(2, "done");
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            texts.put(id, rs.getString(1));
                        }
                    }
                }
            }
            return texts;
        });
    }

    private static Optional<Source> sourceOf(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents d "
                + "WHERE d.doc_id = ? AND d.status = ?")) {
            ps.setString(1, id);
            ps.setString(2, "done");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(source(rs)) : Optional.empty();
            }
        }
    }

    private static List<String> eventLines(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM events WHERE doc_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        }
    }

    private static Source source(ResultSet rs) throws SQLException {
        Optional<String> url = Optional.ofNullable(rs.getString(3));
        return new Source(rs.getString(1), Optional.ofNullable(rs.getString(4)),
                Source.outletOf(url, rs.getString(2)), url, Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(5)), Source.outletKnown(url, rs.getString(2)));
    }

    @Override
    public void close() {
        pool.close();
    }
}
