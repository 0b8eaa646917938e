package org.caravan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link MergeArchive} over the store's JDBC connection, under the store's lock (its monitor). Lists of ids are
 * sent in chunks of {@value #CHUNK} parameters; every query is parameterised.
 */
final class JdbcArchive implements MergeArchive {

    private static final int CHUNK = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TELLING = "SELECT e.doc_id, e.seq, e.body, d.published, d.url, d.source, d.outlet "
            + "FROM events e JOIN documents d ON d.doc_id = e.doc_id";
    private static final String MERGED = "SELECT m.event_id, m.merge_block, m.event_date, m.body, m.story_id "
            + "FROM merged_events m";

    private final Connection connection;
    private final Object lock;
    private final String description;

    JdbcArchive(Connection connection, Object lock, String description) {
        this.connection = connection;
        this.lock = lock;
        this.description = description;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement ps, int from) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, RowReader<T> reader, Binder binder) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps, 1);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
                connection.commit();
                return out;
            } catch (SQLException e) {
                throw new StoreException("database " + description + ": cannot " + what + ": " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code sql} (with {@code ?} lists written as {@code (#)}) once per chunk of {@code ids}. */
    private <T> List<T> chunked(String what, String sql, Collection<String> ids, RowReader<T> reader) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            out.addAll(query(what, sql.replace("(#)", "(" + marks + ")"), reader, (ps, from) -> {
                for (int k = 0; k < part.size(); k++) {
                    ps.setString(from + k, part.get(k));
                }
            }));
        }
        return out;
    }

    private static TellingRow telling(ResultSet rs) throws SQLException {
        return new TellingRow(rs.getString(1), rs.getInt(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), rs.getString(6), Optional.ofNullable(rs.getString(7)));
    }

    private static StoredMerged merged(ResultSet rs) throws SQLException {
        return new StoredMerged(new MergedRow(rs.getString(1), rs.getString(2), Set.of(),
                Optional.ofNullable(rs.getString(3)), rs.getString(4)), Optional.ofNullable(rs.getString(5)));
    }

    /** The rows again with their story keys (a second query, by event id). */
    private List<StoredMerged> withKeys(List<StoredMerged> rows) {
        java.util.Map<String, Set<String>> keys = new java.util.HashMap<>();
        chunked("read story keys", "SELECT event_id, story_key FROM story_keys WHERE event_id IN (#)",
                rows.stream().map(r -> r.row().eventId()).toList(), rs -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(k -> keys.computeIfAbsent(k[0], x -> new HashSet<>()).add(k[1]));
        return rows.stream().map(r -> new StoredMerged(new MergedRow(r.row().eventId(), r.row().block(),
                keys.getOrDefault(r.row().eventId(), Set.of()), r.row().date(), r.row().json()), r.storyId())).toList();
    }

    private static StoryRow story(ResultSet rs) throws SQLException {
        String body = rs.getString(3);
        List<String> events = new ArrayList<>();
        try {
            JSON.readTree(body).path("events").forEach(e -> events.add(e.asText()));
        } catch (JsonProcessingException e) {
            throw new SQLException("story " + rs.getString(1) + " is not JSON", e);
        }
        return new StoryRow(rs.getString(1), Optional.ofNullable(rs.getString(2)), body, events);
    }

    @Override
    public Set<String> pending() {
        return new LinkedHashSet<>(query("read the pending documents",
                "SELECT doc_id FROM merge_pending ORDER BY doc_id", rs -> rs.getString(1), (ps, from) -> { }));
    }

    @Override
    public List<TellingRow> tellingsOf(Collection<String> docIds) {
        List<TellingRow> rows = chunked("read tellings", TELLING + " WHERE e.doc_id IN (#)", docIds,
                JdbcArchive::telling);
        rows.sort(java.util.Comparator.comparing(TellingRow::docId).thenComparingInt(TellingRow::seq));
        return rows;
    }

    @Override
    public Set<String> blocksOf(Collection<String> docIds) {
        return new HashSet<>(chunked("read merge blocks",
                "SELECT DISTINCT merge_block FROM merge_tellings WHERE doc_id IN (#)", docIds, rs -> rs.getString(1)));
    }

    @Override
    public List<TellingRow> tellingsInBlocks(Collection<String> blocks, Collection<String> except) {
        Set<String> skip = Set.copyOf(except);
        return chunked("read tellings by block", TELLING + " JOIN merge_tellings t ON t.doc_id = e.doc_id "
                + "AND t.seq = e.seq WHERE t.merge_block IN (#)", blocks, JdbcArchive::telling).stream()
                .filter(t -> !skip.contains(t.docId())).toList();
    }

    @Override
    public List<StoredMerged> mergedInBlocks(Collection<String> blocks) {
        return withKeys(chunked("read merged events", MERGED + " WHERE m.merge_block IN (#)", blocks,
                JdbcArchive::merged));
    }

    @Override
    public List<StoredMerged> mergedWithKeys(Collection<String> storyKeys) {
        return withKeys(chunked("read merged events by story key", "SELECT DISTINCT m.event_id, m.merge_block, "
                + "m.event_date, m.body, m.story_id FROM story_keys k JOIN merged_events m ON m.event_id = k.event_id "
                + "WHERE k.story_key IN (#)", storyKeys, JdbcArchive::merged)).stream().distinct().toList();
    }

    @Override
    public List<StoredMerged> mergedInStories(Collection<String> storyIds) {
        return withKeys(chunked("read merged events by story", MERGED + " WHERE m.story_id IN (#)", storyIds,
                JdbcArchive::merged));
    }

    @Override
    public List<StoredMerged> mergedTelling(Collection<String> docIds) {
        Set<String> blocks = blocksOf(docIds);
        Set<String> docs = Set.copyOf(docIds);
        return mergedInBlocks(blocks).stream().filter(m -> tells(m.row().json(), docs)).toList();
    }

    private static boolean tells(String json, Set<String> docs) {
        try {
            for (var m : JSON.readTree(json).path("mentions")) {
                if (docs.contains(m.path("doc_id").asText())) {
                    return true;
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored merged event is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public List<StoryRow> stories(Collection<String> storyIds) {
        return chunked("read stories", "SELECT story_id, start_date, body FROM stories WHERE story_id IN (#)",
                storyIds, JdbcArchive::story);
    }

    @Override
    public void scanStories(Consumer<StoryRow> sink) {
        query("read the stories", "SELECT story_id, start_date, body FROM stories "
                + "ORDER BY CASE WHEN start_date IS NULL THEN 1 ELSE 0 END, start_date, story_id",
                JdbcArchive::story, (ps, from) -> { }).forEach(sink);
    }

    @Override
    public long storyCount() {
        return query("count stories", "SELECT COUNT(*) FROM stories", rs -> rs.getLong(1), (ps, from) -> { }).get(0);
    }

    @Override
    public void apply(Update u) {
        synchronized (lock) {
            try {
                deleteIn("DELETE FROM merge_tellings WHERE doc_id IN (#)", u.pendingDocs());
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO merge_tellings (doc_id, seq, merge_block) VALUES (?, ?, ?)")) {
                    for (TellingKey k : u.tellingBlocks()) {
                        ps.setString(1, k.docId());
                        ps.setInt(2, k.seq());
                        ps.setString(3, k.block());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                deleteIn("DELETE FROM story_keys WHERE event_id IN (SELECT event_id FROM merged_events "
                        + "WHERE merge_block IN (#))", u.blocks());
                deleteIn("DELETE FROM merged_events WHERE merge_block IN (#)", u.blocks());
                insertMerged(u.merged());
                deleteIn("DELETE FROM stories WHERE story_id IN (#)", u.oldStories());
                insertStories(u.stories());
                deleteIn("DELETE FROM merge_pending WHERE doc_id IN (#)", u.pendingDocs());
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the update failed; its exception is the one to report
                }
                throw new StoreException("database " + description + ": cannot store the merged events: "
                        + e.getMessage(), e);
            }
        }
    }

    private void insertMerged(List<StoredMerged> merged) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO merged_events (event_id, merge_block, "
                + "event_date, body, story_id) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement keys = connection.prepareStatement(
                     "INSERT INTO story_keys (story_key, event_id) VALUES (?, ?)")) {
            for (StoredMerged m : merged) {
                MergedRow r = m.row();
                ps.setString(1, r.eventId());
                ps.setString(2, r.block());
                ps.setString(3, r.date().orElse(null));
                ps.setString(4, r.json());
                ps.setString(5, m.storyId().orElse(null));
                ps.addBatch();
                for (String k : r.storyKeys()) {
                    keys.setString(1, k);
                    keys.setString(2, r.eventId());
                    keys.addBatch();
                }
            }
            ps.executeBatch();
            keys.executeBatch();
        }
    }

    private void insertStories(List<StoryRow> stories) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO stories (story_id, start_date, body) VALUES (?, ?, ?)");
             PreparedStatement of = connection.prepareStatement(
                     "UPDATE merged_events SET story_id = ? WHERE event_id = ?")) {
            for (StoryRow s : stories) {
                ps.setString(1, s.storyId());
                ps.setString(2, s.start().orElse(null));
                ps.setString(3, s.json());
                ps.addBatch();
                for (String e : s.eventIds()) {
                    of.setString(1, s.storyId());
                    of.setString(2, e);
                    of.addBatch();
                }
            }
            ps.executeBatch();
            of.executeBatch();
        }
    }

    private void deleteIn(String sql, Collection<String> ids) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = connection.prepareStatement(sql.replace("(#)", "(" + marks + ")"))) {
                for (int k = 0; k < part.size(); k++) {
                    ps.setString(k + 1, part.get(k));
                }
                ps.executeUpdate();
            }
        }
    }

}
