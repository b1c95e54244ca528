package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.verifact.model.CheckResult;
import io.verifact.model.CustomValue;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
import io.verifact.model.VatLine;

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
            insertFields(connection, documentId, recognition.fields().values());
            RecognitionLists.insert(connection, documentId, recognition);
            recordChanges(connection, documentId, before, recognition, actor);
            return null;
        });
    }

    /** The latest recognition, as it was saved; empty when the document was never recognized. */
    public Optional<Recognition> load(long documentId) {
        return database.read(connection -> {
            if (!recognized(connection, documentId)) {
                return Optional.empty();
            }
            return Optional.of(new Recognition(fields(connection, documentId), RecognitionLists.vatBreakdown(connection, documentId),
                    RecognitionLists.lineItems(connection, documentId), RecognitionLists.checks(connection, documentId),
                    RecognitionLists.custom(connection, documentId)));
        });
    }

    /**
     * Sets one field of a recognized document by hand, or takes it away when {@code value} is null,
     * together with the checks as they now stand; the change is audited under {@code action}.
     *
     * @throws StoreException when the document has no recognition to correct
     */
    public void correct(long documentId, FieldKey key, FieldValue value, List<CheckResult> checks, String actor, String action) {
        if (value != null && value.key() != key) {
            throw new IllegalArgumentException("a value for " + value.key() + " given for " + key);
        }
        database.write(connection -> {
            if (!recognized(connection, documentId)) {
                throw new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                        "Document " + documentId + " has not been read yet, so it has no fields to correct.");
            }
            String old = values(connection, documentId).get(key);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM fields WHERE document_id = ? AND field_key = ?")) {
                delete.setLong(1, documentId);
                delete.setString(2, key.key());
                delete.executeUpdate();
            }
            if (value != null) {
                insertFields(connection, documentId, List.of(value));
            }
            RecognitionLists.replaceChecks(connection, documentId, checks);
            String now = value == null ? null : value.value();
            if (!Objects.equals(old, now) || value != null && value.source() == Source.OPERATOR) {
                audit.record(connection, actor, documentId, action, key.key(), old, now);
            }
            return null;
        });
    }

    /**
     * Sets one custom field of a recognized document, or takes it away when {@code value} is null;
     * the change is audited under {@code action}.
     */
    public void correctCustom(long documentId, String name, CustomValue value, String actor, String action) {
        database.write(connection -> {
            if (!recognized(connection, documentId)) {
                throw new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                        "Document " + documentId + " has not been read yet, so it has no fields to correct.");
            }
            List<CustomValue> custom = new java.util.ArrayList<>(RecognitionLists.custom(connection, documentId));
            String old = custom.stream().filter(c -> c.name().equals(name)).map(CustomValue::value).findFirst().orElse(null);
            custom.removeIf(c -> c.name().equals(name));
            if (value != null) {
                custom.add(value);
            }
            RecognitionLists.replaceCustom(connection, documentId, custom);
            audit.record(connection, actor, documentId, action, name, old, value == null ? null : value.value());
            return null;
        });
    }

    /**
     * Puts one row into a recognized document's VAT breakdown (rows count from 1; a row past the last
     * is added after it), with the checks as they then stand, in one write: what else the document
     * holds stays as it is in the store, even when it was corrected a moment before.
     *
     * @param checks the checks of the document as it reads with the row in place
     * @throws StoreException when the document has no recognition to correct
     */
    public void correctVatRow(long documentId, int row, VatLine line, Function<Recognition, List<CheckResult>> checks) {
        if (row < 1) {
            throw new IllegalArgumentException("VAT rows count from 1, not " + row);
        }
        database.write(connection -> {
            if (!recognized(connection, documentId)) {
                throw new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                        "Document " + documentId + " has not been read yet, so it has no VAT breakdown to correct.");
            }
            List<VatLine> breakdown = new java.util.ArrayList<>(RecognitionLists.vatBreakdown(connection, documentId));
            if (row <= breakdown.size()) {
                breakdown.set(row - 1, line);
            } else {
                breakdown.add(line);
            }
            RecognitionLists.replaceVatBreakdown(connection, documentId, breakdown);
            Recognition now = new Recognition(fields(connection, documentId), breakdown, RecognitionLists.lineItems(connection, documentId),
                    List.of(), RecognitionLists.custom(connection, documentId));
            RecognitionLists.replaceChecks(connection, documentId, checks.apply(now));
            return null;
        });
    }

    /** What the work queue shows of every recognized document, by document id. */
    public Map<Long, Overview> overview() {
        return database.read(connection -> {
            Map<Long, Map<FieldKey, String>> values = new HashMap<>();
            Map<Long, Integer> uncertain = new HashMap<>();
            Map<Long, Integer> failed = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT document_id, field_key, value, source, confidence FROM fields");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    values.computeIfAbsent(id, k -> new EnumMap<>(FieldKey.class)).put(fieldKey(row.getString(2)), row.getString(3));
                    if (!Source.OPERATOR.key().equals(row.getString(4)) && row.getDouble(5) < FieldValue.SURE) {
                        uncertain.merge(id, 1, Integer::sum);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT r.document_id, (SELECT count(*) FROM checks c WHERE c.document_id = r.document_id AND c.ok = 0) FROM recognitions r");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    failed.put(row.getLong(1), row.getInt(2));
                }
            }
            Map<Long, Overview> overviews = new HashMap<>();
            failed.forEach((id, count) -> overviews.put(id,
                    new Overview(values.getOrDefault(id, Map.of()), count, uncertain.getOrDefault(id, 0))));
            return overviews;
        });
    }

    /**
     * A recognized document as a list of invoices shows it.
     *
     * @param values each field's value
     * @param failedChecks how many checks fail
     * @param uncertainFields how many values are neither sure nor set by the operator
     */
    public record Overview(Map<FieldKey, String> values, int failedChecks, int uncertainFields) {

        public Overview {
            EnumMap<FieldKey, String> copy = new EnumMap<>(FieldKey.class);
            copy.putAll(values);
            values = Collections.unmodifiableMap(copy);
        }
    }

    private static boolean recognized(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM recognitions WHERE document_id = ?")) {
            query.setLong(1, documentId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
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

    private static void insertFields(Connection connection, long documentId, Collection<FieldValue> fields) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO fields (document_id, field_key, value, source, confidence, page, x0, y0, x1, y1, alternatives)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (FieldValue field : fields) {
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
