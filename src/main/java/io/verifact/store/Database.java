package io.verifact.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteException;

/**
 * The one connection of a store, lent to one thread at a time. SQLite serializes writers anyway, and an
 * in-memory store lives exactly as long as its connection.
 */
final class Database implements AutoCloseable {

    /** Work done with the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    private boolean closed;

    Database(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Runs the work on one snapshot of the store, so that what it reads in several queries fits together. */
    <T> T read(Work<T> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    /**
     * Runs the work in one transaction: all of it is durable when this returns, or none of it is there.
     * Work started inside another transaction joins it; a write is never started inside a read.
     */
    <T> T write(Work<T> work) {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    private <T> T inTransaction(String begin, Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (inTransaction) {
                return work.run(connection);
            }
            return inNewTransaction(begin, work);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    // Explicit BEGIN rather than setAutoCommit(false): the driver would open the next transaction straight
    // after COMMIT, and could then report a failure for a write already durable. A write begins IMMEDIATE,
    // taking the write lock up front, so a busy store makes it wait instead of failing half-way.
    private <T> T inNewTransaction(String begin, Work<T> work) throws SQLException {
        execute(begin);
        inTransaction = true;
        try {
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    private void rollback(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back on its own already; the first failure is the one to report.
            cause.addSuppressed(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException(StoreException.Problem.CLOSED, "The local store " + name + " is closed.");
        }
    }

    private StoreException failure(SQLException e) {
        return failure(e, name);
    }

    static StoreException failure(SQLException e, String name) {
        // The driver reports extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_CANTOPEN_ISDIR...): match the family.
        String code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().name() : "";
        if (code.startsWith("SQLITE_NOTADB")) {
            return new StoreException(StoreException.Problem.NOT_A_STORE,
                    name + " is not a Verifact store (it is not a SQLite database). Choose the store file again.", e);
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return new StoreException(StoreException.Problem.BUSY,
                    "The local store " + name + " is busy with another Verifact program. Nothing was written; try again.", e);
        }
        if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM")) {
            return new StoreException(StoreException.Problem.CANNOT_OPEN,
                    "The local store " + name + " cannot be opened for writing. Check that the folder exists and may be written to.", e);
        }
        return new StoreException(StoreException.Problem.FAILED,
                "The local store " + name + " failed; nothing was changed. (" + e.getMessage() + ")", e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }
}
