package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What this workstation changed and has not yet given to the firm's database, oldest first. Rows are
 * queued by the store's own triggers in the transaction of the change; this class only reads them and
 * clears them once the firm's database has taken the change.
 */
public final class Outbox {

    private static final Set<String> DOCUMENT_KEY = Set.of("document_id");
    private static final Set<String> LOCAL_DOCUMENT = Set.of("id", "conflict");
    private static final Set<String> LOCAL_ROW = Set.of("id", "document_id");

    /** A custom field's key, as the triggers of V3__sharing.sql write it: its name, a unit separator, its supplier or nothing. */
    static final String CUSTOM_FIELD_KEY = "name || char(31) || ifnull(supplier_id, '')";

    private final Database database;
    private final StoreClock clock;

    Outbox(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** This workstation's own id, made when its store was. */
    public String station() {
        return database.read(connection -> text(connection, "SELECT station FROM sync_state WHERE id = 1"));
    }

    /** How many things wait to be sent. */
    public int waiting() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM outbox");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        });
    }

    /** What is due to be sent now, oldest change first; things whose last send failed wait their turn. */
    public List<Pending> due(int limit) {
        return pending("WHERE next_try_at IS NULL OR next_try_at <= ? ORDER BY queued_at, kind, key LIMIT ?", clock.now(), limit);
    }

    /** Everything waiting, due or not, oldest first: what the operator is told is waiting. */
    public List<Pending> all() {
        return pending("ORDER BY queued_at, kind, key");
    }

    private List<Pending> pending(String where, Object... parameters) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT kind, key, change_id, queued_at, attempts, last_error FROM outbox " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                List<Pending> pending = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        pending.add(new Pending(SharedKind.of(row.getString(1)), row.getString(2), row.getString(3),
                                StoreClock.parse(row.getString(4)), row.getInt(5), row.getString(6)));
                    }
                }
                return pending;
            }
        });
    }

    /** The thing as it is now, read in one snapshot; empty when it no longer exists here. */
    public Optional<Outgoing> outgoing(Pending pending) {
        return database.read(connection -> switch (pending.kind()) {
            case INVOICE -> invoice(connection, pending);
            case SUPPLIER -> supplier(connection, pending);
            case MASK -> mask(connection, pending);
            case CUSTOM_FIELD -> customField(connection, pending);
            case DOSSIER -> dossier(connection, pending);
        });
    }

    private Optional<Outgoing> invoice(Connection connection, Pending pending) throws SQLException {
        long id = Long.parseLong(pending.key());
        ArrayNode documents = Rows.select(connection, "SELECT * FROM documents WHERE id = ?", id, LOCAL_DOCUMENT);
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode document = (ObjectNode) documents.get(0);
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("document", document);
        record.set("captures", Rows.select(connection, "SELECT * FROM captures WHERE document_id = ? ORDER BY id", id, LOCAL_ROW));
        ArrayNode recognition = Rows.select(connection, "SELECT * FROM recognitions WHERE document_id = ?", id, DOCUMENT_KEY);
        if (!recognition.isEmpty()) {
            record.set("recognition", recognition.get(0));
            for (String table : Replica.RECOGNITION_PARTS) {
                record.set(table, Rows.select(connection, "SELECT * FROM " + table + " WHERE document_id = ?", id, DOCUMENT_KEY));
            }
        }
        ObjectNode pages = JsonNodeFactory.instance.objectNode();
        pages.set("pages", Rows.select(connection, "SELECT * FROM pages WHERE document_id = ? ORDER BY number", id, DOCUMENT_KEY));
        pages.set("words", Rows.select(connection,
                "SELECT * FROM words WHERE document_id = ? ORDER BY page_number, position", id, DOCUMENT_KEY));
        ArrayNode audit = Rows.select(connection, "SELECT * FROM audit WHERE document_id = ? ORDER BY id", id, LOCAL_ROW);
        String gid = document.path("sha256").asText();
        String dossier = document.path("dossier_id").isNull() ? null : document.path("dossier_id").asText(null);
        return Optional.of(new Outgoing(pending, gid, baseVersion(connection, pending), record, audit,
                JsonNodeFactory.instance.arrayNode(), pages, dossier));
    }

    private Optional<Outgoing> dossier(Connection connection, Pending pending) throws SQLException {
        return plain(connection, pending, "dossier", "SELECT * FROM dossiers WHERE id = ?", Set.of(), Map.of(
                "identifiers", "SELECT kind, value FROM dossier_identifiers WHERE dossier_id = ? ORDER BY kind, value",
                "mappings", "SELECT from_account, to_account FROM account_mappings WHERE dossier_id = ? ORDER BY from_account"));
    }

    private Optional<Outgoing> supplier(Connection connection, Pending pending) throws SQLException {
        return plain(connection, pending, "supplier", "SELECT * FROM suppliers WHERE id = ?", Set.of("position"), Map.of(
                "identifiers", "SELECT kind, value FROM supplier_identifiers WHERE supplier_id = ? ORDER BY kind, value",
                "keywords", "SELECT keyword FROM supplier_keywords WHERE supplier_id = ? ORDER BY keyword",
                "accounts", "SELECT dossier_id, account FROM supplier_accounts WHERE supplier_id = ? ORDER BY dossier_id"));
    }

    private Optional<Outgoing> mask(Connection connection, Pending pending) throws SQLException {
        ArrayNode masks = Rows.select(connection, "SELECT * FROM masks WHERE id = ?", pending.key(), Set.of());
        if (masks.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("mask", masks.get(0));
        ArrayNode versions = Rows.select(connection, "SELECT * FROM mask_versions WHERE mask_id = ? ORDER BY version",
                pending.key(), Set.of("version"));
        return Optional.of(new Outgoing(pending, pending.key(), baseVersion(connection, pending), record,
                JsonNodeFactory.instance.arrayNode(), versions, null, null));
    }

    private Optional<Outgoing> customField(Connection connection, Pending pending) throws SQLException {
        return plain(connection, pending, "custom_field", "SELECT * FROM custom_fields WHERE " + CUSTOM_FIELD_KEY + " = ?",
                Set.of(), Map.of());
    }

    /**
     * A thing kept whole as one record: its row under {@code part}, and each of its child tables' rows under
     * the child's name; empty when it no longer exists here.
     */
    private Optional<Outgoing> plain(Connection connection, Pending pending, String part, String sql, Set<String> leaveOut,
                                     Map<String, String> children) throws SQLException {
        ArrayNode rows = Rows.select(connection, sql, pending.key(), leaveOut);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set(part, rows.get(0));
        for (Map.Entry<String, String> child : new TreeMap<>(children).entrySet()) {
            record.set(child.getKey(), Rows.select(connection, child.getValue(), pending.key(), Set.of()));
        }
        return Optional.of(new Outgoing(pending, pending.key(), baseVersion(connection, pending), record,
                JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode(), null, null));
    }

    private static long baseVersion(Connection connection, Pending pending) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM sync_versions WHERE kind = ? AND key = ?")) {
            query.setString(1, pending.kind().key());
            query.setString(2, pending.key());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** What the firm's database took of one change: its version there, and the change it holds. */
    public record Taken(Pending pending, long version, String changeId) {
    }

    /**
     * The firm's database has taken the changes, each as its version there: their outbox rows go, unless the
     * thing changed again meanwhile, and that version is what the next change is made from. One transaction:
     * one write to the disk, not one per change.
     */
    public void sent(List<Taken> taken) {
        if (taken.isEmpty()) {
            return;
        }
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM outbox WHERE kind = ? AND key = ? AND change_id = ?")) {
                for (Taken one : taken) {
                    delete.setString(1, one.pending().kind().key());
                    delete.setString(2, one.pending().key());
                    delete.setString(3, one.pending().changeId());
                    delete.executeUpdate();
                }
            }
            for (Taken one : taken) {
                Replica.remember(connection, one.pending().kind(), one.pending().key(), one.version(), one.changeId());
            }
            return null;
        });
    }

    /** The send failed: it is tried again after {@code nextTry}, and the reason is kept for the operator. */
    public void failed(Pending pending, String reason, Instant nextTry) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE outbox SET attempts = attempts + 1, next_try_at = ?, last_error = ?
                    WHERE kind = ? AND key = ? AND change_id = ?""")) {
                update.setString(1, StoreClock.format(nextTry));
                update.setString(2, reason);
                update.setString(3, pending.kind().key());
                update.setString(4, pending.key());
                update.setString(5, pending.changeId());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Everything waiting is tried again now: the firm's database is back. */
    public void retryNow() {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET next_try_at = NULL WHERE next_try_at IS NOT NULL")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The last change pulled from the firm's database {@code server}. A store that last shared with another
     * database starts again from nothing there: everything it holds is queued to be sent.
     */
    public long cursor(String server) {
        return database.write(connection -> {
            String known = text(connection, "SELECT server FROM sync_state WHERE id = 1");
            if (server.equals(known)) {
                try (PreparedStatement query = connection.prepareStatement("SELECT cursor FROM sync_state WHERE id = 1");
                     ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
            if (known != null) {
                queueEverything(connection);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_state SET server = ?, cursor = 0 WHERE id = 1")) {
                update.setString(1, server);
                update.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM sync_versions")) {
                clear.executeUpdate();
            }
            return 0L;
        });
    }

    /** Everything up to {@code cursor} has been pulled from {@code server}. */
    public void advance(String server, long cursor) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_state SET cursor = max(cursor, ?) WHERE id = 1 AND server = ?")) {
                update.setLong(1, cursor);
                update.setString(2, server);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static void queueEverything(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT OR IGNORE INTO outbox (kind, key, change_id, queued_at)
                SELECT 'dossier', id, lower(hex(randomblob(16))), created_at FROM dossiers
                UNION ALL SELECT 'supplier', id, lower(hex(randomblob(16))), created_at FROM suppliers
                UNION ALL SELECT 'custom_field', %s, lower(hex(randomblob(16))), created_at
                          FROM custom_fields
                UNION ALL SELECT 'mask', id, lower(hex(randomblob(16))), updated_at FROM masks
                UNION ALL SELECT 'invoice', id, lower(hex(randomblob(16))), captured_at FROM documents""".formatted(CUSTOM_FIELD_KEY))) {
            insert.executeUpdate();
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
