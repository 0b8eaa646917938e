package org.caravan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of stored events (GDELT's GLOBALEVENTID): taken from the {@code id_counters} row inside the caller's
 * transaction, so its row lock keeps two writers from taking the same numbers. A re-analysed document keeps the
 * number of each event that has the same id and code as before. Not thread-safe: used under the store's lock.
 */
final class GlobalIds {

    private GlobalIds() {
    }

    /** The numbers the document's events have now, by event id and code. */
    static Map<String, Long> current(Connection c, String docId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, cameo, global_id FROM events WHERE doc_id = ? AND global_id IS NOT NULL")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return ids;
    }

    static String key(String eventId, String cameo) {
        return eventId + "\t" + cameo;
    }

    /** Takes {@code n} new numbers; returns the first (the others follow it). */
    static long take(Connection c, int n) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE id_counters SET next_id = next_id + ? WHERE name = 'event'")) {
            up.setInt(1, n);
            if (up.executeUpdate() != 1) {
                throw new SQLException("the id_counters table has no 'event' row");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT next_id FROM id_counters WHERE name = 'event'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) - n;
        }
    }

    /** Numbers the events stored before numbers existed, in (doc_id, seq) order; commits. */
    static void backfill(Connection c) throws SQLException {
        List<Object[]> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT doc_id, seq FROM events WHERE global_id IS NULL ORDER BY doc_id, seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                missing.add(new Object[] {rs.getString(1), rs.getInt(2)});
            }
        }
        if (missing.isEmpty()) {
            c.commit();
            return;
        }
        long next = take(c, missing.size());
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET global_id = ? WHERE doc_id = ? AND seq = ?")) {
            for (Object[] row : missing) {
                ps.setLong(1, next++);
                ps.setString(2, (String) row[0]);
                ps.setInt(3, (Integer) row[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }
}
