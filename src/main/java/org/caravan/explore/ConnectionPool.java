package org.caravan.explore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.caravan.store.StoreConnections;

/**
 * A small bounded pool of read connections. A connection that failed is closed rather than returned, so that a
 * database that went away and came back (H2's auto-server handing over) is reconnected. Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

    /** What runs on a pooled connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final StoreConnections connections;
    private final BlockingQueue<Connection> idle;
    private final Semaphore permits;

    ConnectionPool(StoreConnections connections, int size) {
        this.connections = connections;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size, true);
    }

    <T> T with(Work<T> work) {
        try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new StoreUnavailable("no database connection free within 30 s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailable("interrupted waiting for a database connection", e);
        }
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) {
                c = connections.open();
            }
            T result = work.run(c);
            idle.offer(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw new StoreUnavailable("database " + connections.describe() + ": " + e.getMessage(), e);
        } finally {
            if (c != null) {
                closeQuietly(c);
            }
            permits.release();
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }
}
