package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit trail: written in the same transaction as the change it records, never afterwards. */
public final class Audit {

    private final Database database;
    private final StoreClock clock;

    Audit(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What happened to the document, oldest first. */
    public List<AuditEntry> forDocument(long documentId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, at, actor, document_id, action, field, old_value, new_value
                    FROM audit WHERE document_id = ? ORDER BY id""")) {
                query.setLong(1, documentId);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        entries.add(new AuditEntry(row.getLong(1), StoreClock.parse(row.getString(2)), row.getString(3),
                                row.getLong(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
                    }
                }
                return entries;
            }
        });
    }

    /** Records a change inside the caller's transaction. */
    void record(Connection connection, String actor, long documentId, String action, String field, String oldValue,
                String newValue) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit (at, actor, document_id, action, field, old_value, new_value, gid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, clock.now());
            insert.setString(2, actor);
            insert.setLong(3, documentId);
            insert.setString(4, action);
            insert.setString(5, field);
            insert.setString(6, oldValue);
            insert.setString(7, newValue);
            insert.setString(8, java.util.UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }
}
