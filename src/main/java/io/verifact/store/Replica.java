package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes what other workstations shared into this store. What arrives is written quietly (it is not
 * queued to be sent back), and never over a change of this workstation's own that is still waiting to be
 * sent: that change goes first, and the firm's database decides between the two.
 */
public final class Replica {

    /** The tables an invoice's recognition is kept in, besides {@code recognitions} itself. */
    static final List<String> RECOGNITION_PARTS = List.of("fields", "vat_lines", "line_items", "checks", "custom_values");

    /** What became of a thing that arrived. */
    public enum Outcome {
        /** It is in this store now. */
        WRITTEN,
        /** This workstation changed it too and has not sent that change yet; the change goes first. */
        KEPT_LOCAL,
        /** This store held that version already. */
        ALREADY_HELD
    }

    private final Database database;
    private final AtomicLong written = new AtomicLong();

    Replica(Database database) {
        this.database = database;
    }

    /** Whether this store holds the file with this SHA-256 already, so it need not be fetched. */
    public boolean holds(String sha256) {
        return database.read(connection -> documentId(connection, sha256).isPresent());
    }

    /** Whether this store holds that change of the thing already, so it need not be fetched. */
    public boolean holdsChange(SharedKind kind, String gid, String changeId) {
        return database.read(connection -> {
            Optional<String> key = kind == SharedKind.INVOICE ? documentId(connection, gid).map(String::valueOf) : Optional.of(gid);
            return key.isPresent() && changeId.equals(knownChange(connection, kind, key.get()));
        });
    }

    /** Writes the thing as the firm's database has it, in one transaction. */
    public Outcome apply(Incoming incoming) {
        Outcome outcome = database.write(connection -> {
            Optional<String> key = localKey(connection, incoming);
            if (key.isPresent()) {
                if (waiting(connection, incoming.kind(), key.get())) {
                    return Outcome.KEPT_LOCAL;
                }
                if (incoming.changeId().equals(knownChange(connection, incoming.kind(), key.get()))) {
                    remember(connection, incoming.kind(), key.get(), incoming.version(), incoming.changeId());
                    return Outcome.ALREADY_HELD;
                }
            }
            quiet(connection, true);
            String local = switch (incoming.kind()) {
                case INVOICE -> invoice(connection, incoming, key);
                case SUPPLIER -> supplier(connection, incoming);
                case MASK -> mask(connection, incoming);
                case CUSTOM_FIELD -> customField(connection, incoming);
                case DOSSIER -> dossier(connection, incoming);
            };
            quiet(connection, false);
            remember(connection, incoming.kind(), local, incoming.version(), incoming.changeId());
            return Outcome.WRITTEN;
        });
        if (outcome == Outcome.WRITTEN) {
            written.incrementAndGet();
        }
        return outcome;
    }

    /** How many things from other workstations were written into this store since it was opened. */
    long written() {
        return written.get();
    }

    private static Optional<String> localKey(Connection connection, Incoming incoming) throws SQLException {
        return switch (incoming.kind()) {
            case INVOICE -> documentId(connection, incoming.gid()).map(String::valueOf);
            default -> Optional.of(incoming.gid());
        };
    }

    private static String invoice(Connection connection, Incoming incoming, Optional<String> key) throws SQLException {
        JsonNode record = incoming.record();
        JsonNode document = record.path("document");
        long id;
        if (key.isEmpty()) {
            if (incoming.original() == null) {
                throw new StoreException(StoreException.Problem.FAILED, "An invoice arrived without its file: " + incoming.gid());
            }
            Rows.insert(connection, "documents", document, Map.of("sha256", incoming.gid()));
            id = documentId(connection, incoming.gid()).orElseThrow();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO originals (document_id, bytes) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setBytes(2, incoming.original());
                insert.executeUpdate();
            }
        } else {
            id = Long.parseLong(key.get());
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE documents SET file_name = ?, status = ?, status_reason = ?, page_count = ?, dossier_id = ?
                    WHERE id = ?""")) {
                update.setString(1, Outbox.text(document, "file_name"));
                update.setString(2, Outbox.text(document, "status"));
                update.setString(3, Outbox.text(document, "status_reason"));
                update.setObject(4, document.path("page_count").isNull() ? null : document.path("page_count").asLong());
                update.setString(5, Outbox.text(document, "dossier_id"));
                update.setLong(6, id);
                update.executeUpdate();
            }
            if (document.has("supplier_id")) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE documents SET supplier_id = ?, identification = ? WHERE id = ?")) {
                    update.setString(1, Outbox.text(document, "supplier_id"));
                    update.setString(2, Outbox.text(document, "identification"));
                    update.setLong(3, id);
                    update.executeUpdate();
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET conflict = ? WHERE id = ?")) {
            update.setInt(1, incoming.conflict() ? 1 : 0);
            update.setLong(2, id);
            update.executeUpdate();
        }
        for (JsonNode capture : record.path("captures")) {
            if (!exists(connection, "SELECT 1 FROM captures WHERE document_id = ? AND origin = ?", id, Outbox.text(capture, "origin"))) {
                Rows.insert(connection, "captures", capture, Map.of("document_id", id));
            }
        }
        if (incoming.pages() != null && incoming.pages().has("pages")) {
            delete(connection, "pages", id);
            Rows.insertAll(connection, "pages", incoming.pages().path("pages"), Map.of("document_id", id));
            Rows.insertAll(connection, "words", incoming.pages().path("words"), Map.of("document_id", id));
        }
        delete(connection, "recognitions", id);
        if (record.has("recognition")) {
            Rows.insert(connection, "recognitions", record.get("recognition"), Map.of("document_id", id));
            for (String table : RECOGNITION_PARTS) {
                Rows.insertAll(connection, table, record.path(table), Map.of("document_id", id));
            }
        }
        for (JsonNode entry : incoming.audit()) {
            if (!exists(connection, "SELECT 1 FROM audit WHERE gid = ?", Outbox.text(entry, "gid"), null)) {
                Rows.insert(connection, "audit", entry, Map.of("document_id", id));
            }
        }
        delete(connection, "conflict_versions", id);
        for (Incoming.OtherVersion other : incoming.others()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO conflict_versions (document_id, change_id, station, actor, at, record) VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, id);
                insert.setString(2, other.changeId());
                insert.setString(3, other.station());
                insert.setString(4, other.actor());
                insert.setString(5, other.at());
                insert.setString(6, other.record().toString());
                insert.executeUpdate();
            }
        }
        return String.valueOf(id);
    }

    private static String supplier(Connection connection, Incoming incoming) throws SQLException {
        JsonNode supplier = incoming.record().path("supplier");
        String id = incoming.gid();
        if (exists(connection, "SELECT 1 FROM suppliers WHERE id = ?", id, null)) {
            Rows.update(connection, "suppliers", supplier, "id", id, Set.of("position", "created_at", "created_by"));
        } else {
            Rows.insert(connection, "suppliers", supplier, Map.of("id", id, "position", nextPosition(connection)));
        }
        replaceChildren(connection, "supplier_identifiers", "supplier_id", id, incoming.record().path("identifiers"));
        replaceChildren(connection, "supplier_keywords", "supplier_id", id, incoming.record().path("keywords"));
        replaceChildren(connection, "supplier_accounts", "supplier_id", id, incoming.record().path("accounts"));
        return id;
    }

    /** The rows of a child table of a shared thing, as the shared database holds them now. */
    private static void replaceChildren(Connection connection, String table, String parent, String id, JsonNode rows) throws SQLException {
        if (rows.isMissingNode()) {
            // Sent by a workstation that does not keep these yet: what is here stays.
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + parent + " = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        Rows.insertAll(connection, table, rows, Map.of(parent, id));
    }

    private static long nextPosition(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ifnull(max(position), 0) + 1 FROM suppliers");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * A mask's versions are merged: those this store lacks are added after its own, and the newest of
     * all, by the time it was made, is the mask in use. Two operators who taught the same mask apart both
     * keep their version in its history.
     */
    private static String mask(Connection connection, Incoming incoming) throws SQLException {
        JsonNode mask = incoming.record().path("mask");
        String id = incoming.gid();
        if (!exists(connection, "SELECT 1 FROM masks WHERE id = ?", id, null)) {
            Rows.insert(connection, "masks", mask, Map.of("id", id));
        }
        for (JsonNode version : incoming.versions()) {
            if (!exists(connection, "SELECT 1 FROM mask_versions WHERE gid = ?", Outbox.text(version, "gid"), null)) {
                Rows.insert(connection, "mask_versions", version, Map.of("mask_id", id, "version", nextVersion(connection, id)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE masks SET (version, print, zones, taught_on, deleted, updated_at) = (
                    SELECT v.version, v.print, v.zones, coalesce(v.invoice, masks.taught_on), v.action = 'delete', v.at
                    FROM mask_versions v WHERE v.mask_id = masks.id ORDER BY v.at DESC, v.gid DESC LIMIT 1)
                WHERE id = ?""")) {
            update.setString(1, id);
            update.executeUpdate();
        }
        return id;
    }

    private static long nextVersion(Connection connection, String maskId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ifnull(max(version), 0) + 1 FROM mask_versions WHERE mask_id = ?")) {
            query.setString(1, maskId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String customField(Connection connection, Incoming incoming) throws SQLException {
        JsonNode field = incoming.record().path("custom_field");
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM custom_fields WHERE " + Outbox.CUSTOM_FIELD_KEY + " = ?")) {
            delete.setString(1, incoming.gid());
            delete.executeUpdate();
        }
        Rows.insert(connection, "custom_fields", field, Map.of());
        return incoming.gid();
    }

    private static String dossier(Connection connection, Incoming incoming) throws SQLException {
        JsonNode dossier = incoming.record().path("dossier");
        if (exists(connection, "SELECT 1 FROM dossiers WHERE id = ?", incoming.gid(), null)) {
            Rows.update(connection, "dossiers", dossier, "id", incoming.gid(), Set.of("created_at", "created_by"));
        } else {
            Rows.insert(connection, "dossiers", dossier, Map.of("id", incoming.gid()));
        }
        replaceChildren(connection, "dossier_identifiers", "dossier_id", incoming.gid(), incoming.record().path("identifiers"));
        replaceChildren(connection, "account_mappings", "dossier_id", incoming.gid(), incoming.record().path("mappings"));
        return incoming.gid();
    }

    /** Whether two workstations validated the invoice differently, so that someone must decide. */
    public boolean inConflict(long documentId) {
        return database.read(connection -> exists(connection, "SELECT 1 FROM documents WHERE id = ? AND conflict = 1", documentId, null));
    }

    /** The invoices validated differently on two workstations, by document id, until one is decided. */
    public Set<Long> conflicts() {
        return database.read(connection -> {
            Set<Long> ids = new TreeSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM documents WHERE conflict = 1");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * An operator decided an invoice in conflict by validating it again: it is no longer in conflict here.
     * Nothing is queued for it (the validation was); should the firm's database refuse the decision, the
     * next pull brings the conflict back.
     */
    public void decided(long documentId) {
        database.write(connection -> {
            quiet(connection, true);
            try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET conflict = 0 WHERE id = ?")) {
                update.setLong(1, documentId);
                update.executeUpdate();
            }
            delete(connection, "conflict_versions", documentId);
            quiet(connection, false);
            return null;
        });
    }

    /** The other validations of an invoice in conflict, as the firm's database keeps them. */
    public List<Incoming.OtherVersion> others(long documentId) {
        return database.read(connection -> {
            List<Incoming.OtherVersion> others = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT change_id, station, actor, at, record FROM conflict_versions WHERE document_id = ? ORDER BY at")) {
                query.setLong(1, documentId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        others.add(new Incoming.OtherVersion(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                Rows.parse(row.getString(5))));
                    }
                }
            }
            return others;
        });
    }

    static void remember(Connection connection, SharedKind kind, String key, long version, String changeId) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO sync_versions (kind, key, version, change_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, key) DO UPDATE SET version = excluded.version, change_id = excluded.change_id""")) {
            upsert.setString(1, kind.key());
            upsert.setString(2, key);
            upsert.setLong(3, version);
            upsert.setString(4, changeId);
            upsert.executeUpdate();
        }
    }

    private static String knownChange(Connection connection, SharedKind kind, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT change_id FROM sync_versions WHERE kind = ? AND key = ?")) {
            query.setString(1, kind.key());
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static boolean waiting(Connection connection, SharedKind kind, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM outbox WHERE kind = ? AND key = ?")) {
            query.setString(1, kind.key());
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void quiet(Connection connection, boolean on) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                on ? "INSERT INTO sync_quiet (id) VALUES (1)" : "DELETE FROM sync_quiet")) {
            statement.executeUpdate();
        }
    }

    private static Optional<Long> documentId(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM documents WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String sql, Object first, Object second) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, first);
            if (second != null) {
                query.setObject(2, second);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void delete(Connection connection, String table, long documentId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
            delete.setLong(1, documentId);
            delete.executeUpdate();
        }
    }
}
