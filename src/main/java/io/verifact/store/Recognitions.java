package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Recognition;
import io.verifact.model.Source;

/** What was read off each invoice, with where every value came from. */
public final class Recognitions {

    private final Database database;
    private final StoreClock clock;
    private final Audit audit;
    private final Documents documents;

    Recognitions(Database database, StoreClock clock, Audit audit, Documents documents) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.documents = documents;
    }

    /**
     * Replaces the document's recognition and marks it recognized, all or nothing. Each field whose value
     * changes is recorded in the audit trail.
     */
    public void save(long documentId, Recognition recognition, String actor) {
        database.write(connection -> {
            documents.changeStatus(connection, documentId, InvoiceStatus.RECOGNIZED, null, "recognize", actor);
            Map<FieldKey, String> before = values(connection, documentId);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM recognitions WHERE document_id = ?")) {
                delete.setLong(1, documentId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO recognitions (document_id, recognized_at, actor) VALUES (?, ?, ?)")) {
                insert.setLong(1, documentId);
                insert.setString(2, clock.now());
                insert.setString(3, actor);
                insert.executeUpdate();
            }
            insertFields(connection, documentId, recognition);
            RecognitionLists.insert(connection, documentId, recognition);
            recordChanges(connection, documentId, before, recognition, actor);
            return null;
        });
    }

    /** The latest recognition, as it was saved; empty when the document was never recognized. */
    public Optional<Recognition> load(long documentId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM recognitions WHERE document_id = ?")) {
                query.setLong(1, documentId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new Recognition(fields(connection, documentId), RecognitionLists.vatBreakdown(connection, documentId),
                    RecognitionLists.lineItems(connection, documentId), RecognitionLists.checks(connection, documentId)));
        });
    }

    private void recordChanges(Connection connection, long documentId, Map<FieldKey, String> before,
                               Recognition recognition, String actor) throws SQLException {
        for (FieldKey key : FieldKey.values()) {
            String old = before.get(key);
            String now = recognition.value(key).orElse(null);
            if (!Objects.equals(old, now)) {
                audit.record(connection, actor, documentId, "recognize", key.key(), old, now);
            }
        }
    }

    private static void insertFields(Connection connection, long documentId, Recognition recognition) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO fields (document_id, field_key, value, source, confidence, page, x0, y0, x1, y1, alternatives)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (FieldValue field : recognition.fields().values()) {
                insert.setLong(1, documentId);
                insert.setString(2, field.key().key());
                insert.setString(3, field.value());
                insert.setString(4, field.source().key());
                insert.setDouble(5, field.confidence());
                insert.setInt(6, field.page());
                Columns.setBox(insert, 7, field.box());
                insert.setString(11, Alternatives.write(field.alternatives()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<FieldKey, FieldValue> fields(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT field_key, value, source, confidence, page, x0, y0, x1, y1, alternatives
                FROM fields WHERE document_id = ?""")) {
            query.setLong(1, documentId);
            Map<FieldKey, FieldValue> fields = new EnumMap<>(FieldKey.class);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    FieldKey key = fieldKey(row.getString(1));
                    fields.put(key, new FieldValue(key, row.getString(2), Source.valueOf(row.getString(3).toUpperCase(Locale.ROOT)),
                            row.getDouble(4), row.getInt(5), Columns.box(row, 6), Alternatives.read(row.getString(10))));
                }
            }
            return fields;
        }
    }

    private static Map<FieldKey, String> values(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT field_key, value FROM fields WHERE document_id = ?")) {
            query.setLong(1, documentId);
            Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.put(fieldKey(row.getString(1)), row.getString(2));
                }
            }
            return values;
        }
    }

    private static FieldKey fieldKey(String key) {
        return FieldKey.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown field in the store: " + key));
    }
}
