package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.verifact.document.Fingerprint;
import io.verifact.model.Arrival;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.SupplierChoice;

/** Captured documents, one per SHA-256 of their bytes, with every place they were seen. */
public final class Documents {

    private static final String SELECT = """
            SELECT d.id, d.sha256, d.file_name, d.status, d.status_reason, d.page_count,
                   (SELECT count(*) - 1 FROM captures c WHERE c.document_id = d.id), d.captured_at, d.supplier_id, d.dossier_id
            FROM documents d""";

    private final Database database;
    private final StoreClock clock;
    private final Audit audit;
    private final String actor;

    Documents(Database database, StoreClock clock, Audit audit, String actor) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Keeps the bytes as a document, once. The same bytes from the same origin again (a batch run twice)
     * change nothing; from another origin they are a duplicate sighting of the same document.
     *
     * @param sha256 the SHA-256 of {@code original}, in hex
     * @param origin where the bytes were found: a path, a mailbox message
     */
    public Capture capture(String sha256, String fileName, String origin, byte[] original) {
        String sha = checkedSha256(sha256, original);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(origin, "origin");
        return database.write(connection -> {
            Optional<StoredDocument> known = select(connection, " WHERE d.sha256 = ?", sha);
            if (known.isEmpty()) {
                long id = insert(connection, sha, fileName, original);
                sighted(connection, id, origin, fileName);
                audit.record(connection, actor, id, "capture", "origin", null, origin);
                return new Capture(id, true, false);
            }
            long id = known.get().id();
            if (!sighted(connection, id, origin, fileName)) {
                return new Capture(id, false, false);
            }
            audit.record(connection, actor, id, "duplicate", "origin", null, origin);
            return new Capture(id, false, true);
        });
    }

    /** The bytes exactly as captured. */
    public byte[] original(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT bytes FROM originals WHERE document_id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw unknown(id);
                    }
                    return row.getBytes(1);
                }
            }
        });
    }

    /** Every place the document was seen, the first first: more than one when the same bytes came from elsewhere. */
    public List<Arrival> arrivals(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT origin, file_name, captured_at FROM captures WHERE document_id = ? ORDER BY captured_at, id")) {
                query.setLong(1, id);
                List<Arrival> seen = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        seen.add(new Arrival(row.getString(2), row.getString(1), StoreClock.parse(row.getString(3))));
                    }
                }
                return seen;
            }
        });
    }

    public Optional<StoredDocument> find(long id) {
        return database.read(connection -> select(connection, " WHERE d.id = ?", id));
    }

    public Optional<StoredDocument> findBySha256(String sha256) {
        return database.read(connection -> select(connection, " WHERE d.sha256 = ?", sha256.toLowerCase(Locale.ROOT)));
    }

    /** Every document, in the order they were first captured. */
    public List<StoredDocument> list() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY d.id");
                 ResultSet row = query.executeQuery()) {
                List<StoredDocument> documents = new ArrayList<>();
                while (row.next()) {
                    documents.add(document(row));
                }
                return documents;
            }
        });
    }

    public void setStatus(long id, InvoiceStatus status, String reason) {
        database.write(connection -> {
            changeStatus(connection, id, status, reason, "status", actor);
            return null;
        });
    }

    /**
     * Records an operator's decision on the document (validated, rejected, overridden), with its reason,
     * under {@code action} in the audit trail.
     */
    public void decide(long id, InvoiceStatus status, String reason, String action) {
        database.write(connection -> {
            changeStatus(connection, id, status, reason, action, actor);
            return null;
        });
    }

    /**
     * Keeps the supplier the document was identified as, with how; an operator's choice is recorded in
     * the audit trail, a reading is not.
     */
    public void identify(long id, SupplierChoice choice, boolean byOperator) {
        identify(id, choice, byOperator ? actor : null);
    }

    /** @param operator who chose the supplier, recorded in the audit trail; null for a reading */
    public void identify(long id, SupplierChoice choice, String operator) {
        boolean byOperator = operator != null;
        database.write(connection -> {
            String before = supplierOf(connection, id);
            ObjectNode json = Rows.JSON.createObjectNode();
            json.put("matched_by", choice.matchedBy()).put("account", choice.account());
            choice.candidates().forEach(json.withArray("candidates")::add);
            choice.log().forEach(json.withArray("log")::add);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE documents SET supplier_id = ?, identification = ? WHERE id = ? AND (supplier_id, identification) IS NOT (?, ?)")) {
                String supplier = choice.supplierId().isEmpty() ? null : choice.supplierId();
                update.setString(1, supplier);
                update.setString(2, json.toString());
                update.setLong(3, id);
                update.setString(4, supplier);
                update.setString(5, json.toString());
                update.executeUpdate();
            }
            if (byOperator && !Objects.equals(before, choice.supplierId().isEmpty() ? null : choice.supplierId())) {
                audit.record(connection, operator, id, "supplier", "supplier", before, choice.supplierId());
            }
            return null;
        });
    }

    /** The supplier the document was identified as, and how; empty before it was identified. */
    public Optional<SupplierChoice> identification(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT supplier_id, identification FROM documents WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || row.getString(2) == null) {
                        return Optional.<SupplierChoice>empty();
                    }
                    JsonNode json = Rows.parse(row.getString(2));
                    List<String> candidates = new ArrayList<>();
                    json.path("candidates").forEach(c -> candidates.add(c.asText()));
                    List<String> log = new ArrayList<>();
                    json.path("log").forEach(c -> log.add(c.asText()));
                    return Optional.of(new SupplierChoice(row.getString(1), json.path("matched_by").asText(""), candidates,
                            json.path("account").asText(""), log));
                }
            }
        });
    }

    private static String supplierOf(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT supplier_id FROM documents WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Sets the document aside as unreadable or hostile, with the reason the operator will read. */
    public void quarantine(long id, String reason) {
        database.write(connection -> {
            changeStatus(connection, id, InvoiceStatus.QUARANTINED, reason, "quarantine", actor);
            return null;
        });
    }

    /** Changes status and reason inside the caller's transaction, recording each value that changes. */
    void changeStatus(Connection connection, long id, InvoiceStatus status, String reason, String action, String by)
            throws SQLException {
        StoredDocument before = existing(connection, id);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE documents SET status = ?, status_reason = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, reason);
            update.setLong(3, id);
            update.executeUpdate();
        }
        if (before.status() != status) {
            audit.record(connection, by, id, action, "status", before.status().name(), status.name());
        }
        if (!Objects.equals(before.statusReason(), reason)) {
            audit.record(connection, by, id, action, "status_reason", before.statusReason(), reason);
        }
    }

    /** The document, read inside the caller's transaction; an operator-readable failure when there is none. */
    StoredDocument existing(Connection connection, long id) throws SQLException {
        return select(connection, " WHERE d.id = ?", id).orElseThrow(() -> unknown(id));
    }

    String actor() {
        return actor;
    }

    private static StoreException unknown(long id) {
        return new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                "Document " + id + " is not in the local store. It may have been captured in another store.");
    }

    private long insert(Connection connection, String sha, String fileName, byte[] original) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO documents (sha256, file_name, status, captured_at) VALUES (?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, sha);
            insert.setString(2, fileName);
            insert.setString(3, InvoiceStatus.NEW.name());
            insert.setString(4, clock.now());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO originals (document_id, bytes) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, original);
            insert.executeUpdate();
        }
        return id;
    }

    /** Notes that the document was seen at the origin; false when it had been seen there already. */
    private boolean sighted(Connection connection, long id, String origin, String fileName) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO captures (document_id, origin, file_name, captured_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (document_id, origin) DO NOTHING""")) {
            insert.setLong(1, id);
            insert.setString(2, origin);
            insert.setString(3, fileName);
            insert.setString(4, clock.now());
            return insert.executeUpdate() == 1;
        }
    }

    private static Optional<StoredDocument> select(Connection connection, String where, Object key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + where)) {
            query.setObject(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(document(row)) : Optional.empty();
            }
        }
    }

    private static StoredDocument document(ResultSet row) throws SQLException {
        return new StoredDocument(row.getLong(1), row.getString(2), row.getString(3), InvoiceStatus.valueOf(row.getString(4)),
                row.getString(5), row.getInt(6), row.getInt(7), StoreClock.parse(row.getString(8)),
                Objects.requireNonNullElse(row.getString(9), ""), Objects.requireNonNullElse(row.getString(10), ""));
    }

    // The hash is the document's identity for ever, so it is checked against the bytes rather than trusted.
    private static String checkedSha256(String sha256, byte[] original) {
        Objects.requireNonNull(original, "original");
        String actual = Fingerprint.sha256(original);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new IllegalArgumentException("sha256 " + sha256 + " is not the SHA-256 of the bytes given (" + actual + ")");
        }
        return actual;
    }
}
