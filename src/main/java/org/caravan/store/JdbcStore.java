package org.caravan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.caravan.model.PartialDate;
import org.caravan.model.Precision;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store over JDBC, for H2 and PostgreSQL alike (the migrations use SQL both accept). One connection, used
 * under this object's lock: thread-safe, and writes are cheap beside the pipeline.
 */
final class JdbcStore implements Store {

    private static final String EVENT_RECORDS = "SELECT e.global_id, e.doc_id, e.body, d.source, d.url, d.lang, "
            + "d.published, CHAR_LENGTH(d.clean_text), d.updated_at FROM events e JOIN documents d ON d.doc_id = e.doc_id";

    private static final String DOC_COLUMNS = "doc_id, content_hash, pipeline, source, url, title, published, "
            + "published_precision, published_origin, lang, clean_text, status, reason, updated_at, outlet";

    private final Connection connection;
    private final String description;
    private final MergeArchive archive;

    private JdbcStore(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
        this.archive = new JdbcArchive(connection, this, description);
    }

    @Override
    public MergeArchive archive() {
        return archive;
    }

    static JdbcStore open(StoreLocation location) {
        try {
            if (location.folder().isPresent()) {
                Files.createDirectories(location.folder().get());
            }
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), location.user().orElse(null), location.password().orElse(null))
                    .locations("classpath:db/migration")
                    // version ranges are given per branch (V20-29 stories, V30-39 exports...): a store made at V30
                    // takes V20 later; the migrations of one range never depend on another's
                    .outOfOrder(true)
                    .load()
                    .migrate();
            Properties p = new Properties();
            location.user().ifPresent(u -> p.setProperty("user", u));
            location.password().ifPresent(pw -> p.setProperty("password", pw));
            Connection c = DriverManager.getConnection(location.jdbcUrl(), p);
            c.setAutoCommit(false);
            GlobalIds.backfill(c);
            return new JdbcStore(c, location.description());
        } catch (SQLException | FlywayException | IOException e) {
            String why = rootMessage(e);
            String hint = why.contains("locked") ? " (is another caravan using it?)" : "";
            throw new StoreException("cannot open database " + location.description() + ": " + why + hint, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public synchronized Optional<DocumentState> state(String docId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT content_hash, pipeline, status FROM documents WHERE doc_id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<DocumentState> s = rs.next()
                        ? Optional.of(new DocumentState(rs.getString(1).strip(), rs.getString(2),
                                Status.parse(rs.getString(3))))
                        : Optional.empty();
                connection.commit();
                return s;
            }
        } catch (SQLException e) {
            throw failure("read document " + docId, e);
        }
    }

    @Override
    public synchronized void save(StoredDocument d, List<StoredEvent> events) {
        try {
            Map<String, Long> kept = GlobalIds.current(connection, d.docId());
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM events WHERE doc_id = ?")) {
                del.setString(1, d.docId());
                del.executeUpdate();
            }
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM documents WHERE doc_id = ?")) {
                del.setString(1, d.docId());
                del.executeUpdate();
            }
            insertDocument(d);
            insertEvents(d.docId(), events, kept);
            markPending(d.docId());
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("save document " + d.docId(), e);
        }
    }

    /** The document waits for the merge step (MergeArchive). */
    private void markPending(String docId) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM merge_pending WHERE doc_id = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO merge_pending (doc_id) VALUES (?)")) {
            del.setString(1, docId);
            del.executeUpdate();
            ins.setString(1, docId);
            ins.executeUpdate();
        }
    }

    private void insertDocument(StoredDocument d) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO documents (" + DOC_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.docId());
            ps.setString(2, d.contentHash());
            ps.setString(3, d.pipeline());
            ps.setString(4, d.source());
            ps.setString(5, d.url().orElse(null));
            ps.setString(6, d.title().orElse(null));
            ps.setString(7, d.published().map(PartialDate::iso).orElse(null));
            ps.setString(8, d.published().map(p -> p.precision().label()).orElse(null));
            ps.setString(9, d.publishedOrigin().orElse(null));
            ps.setString(10, d.lang().orElse(null));
            ps.setString(11, d.text());
            ps.setString(12, d.status().label());
            ps.setString(13, d.reason().orElse(null));
            ps.setObject(14, OffsetDateTime.now(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(15, d.outlet().orElse(null));
            ps.executeUpdate();
        }
    }

    private void insertEvents(String docId, List<StoredEvent> events, Map<String, Long> kept) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long fresh = events.stream().filter(e -> !kept.containsKey(GlobalIds.key(e.eventId(), e.cameo()))).count();
        long next = fresh == 0 ? 0 : GlobalIds.take(connection, (int) fresh);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO events (doc_id, seq, event_id, cameo, "
                + "event_date, body, global_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (StoredEvent e : events) {
                Long id = kept.get(GlobalIds.key(e.eventId(), e.cameo()));
                ps.setString(1, docId);
                ps.setInt(2, seq++);
                ps.setString(3, e.eventId());
                ps.setString(4, e.cameo());
                ps.setString(5, e.date().orElse(null));
                ps.setString(6, e.json());
                ps.setLong(7, id != null ? id : next++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public synchronized Optional<StoredDocument> find(String docId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + DOC_COLUMNS + " FROM documents WHERE doc_id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<StoredDocument> d = rs.next() ? Optional.of(document(rs)) : Optional.empty();
                connection.commit();
                return d;
            }
        } catch (SQLException e) {
            throw failure("read document " + docId, e);
        }
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        Optional<PartialDate> published = published(rs.getString(7), rs.getString(8));
        return new StoredDocument(rs.getString(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)), published,
                Optional.ofNullable(rs.getString(9)), Optional.ofNullable(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)).orElse(""), Status.parse(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(15)));
    }

    /** The stored ISO date with its stored precision (a week is stored as its first day, a decade as its year). */
    private static Optional<PartialDate> published(String iso, String precision) {
        Optional<PartialDate> date = PartialDate.parse(iso);
        if (date.isEmpty() || precision == null) {
            return date;
        }
        try {
            return Optional.of(new PartialDate(date.get().start(),
                    Precision.valueOf(precision.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return date;
        }
    }

    @Override
    public synchronized List<String> eventLines(String docId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT body FROM events WHERE doc_id = ? ORDER BY seq")) {
            ps.setString(1, docId);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            connection.commit();
            return lines;
        } catch (SQLException e) {
            throw failure("read events of " + docId, e);
        }
    }

    @Override
    public synchronized void scanEvents(Consumer<EventRecord> sink) {
        try (PreparedStatement ps = connection.prepareStatement(EVENT_RECORDS + " ORDER BY e.doc_id, e.seq")) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(eventRecord(rs));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("read the stored events", e);
        }
    }

    private static EventRecord eventRecord(ResultSet rs) throws SQLException {
        return new EventRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)), rs.getInt(8), rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    @Override
    public long documentCount() {
        return count("documents");
    }

    @Override
    public long eventCount() {
        return count("events");
    }

    private synchronized long count(String table) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw failure("count " + table, e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the save already failed; its exception is the one to report
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("database " + description + ": cannot " + what + ": " + rootMessage(e), e);
    }
}
