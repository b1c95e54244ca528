package io.verifact.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.postgresql.util.PSQLException;

import io.verifact.store.Incoming;
import io.verifact.store.Outgoing;
import io.verifact.store.SharedKind;

/**
 * What is said to the firm's database: a batch of changes sent in one transaction, each one on its own
 * savepoint so that one refused change does not hold back the others, and the changes made since a
 * place in the shared order. Every write takes the changes lock first, so that seq order is commit order.
 */
final class Exchange {

    /** Wakes the other workstations; the payload is the newest seq. */
    static final String CHANNEL = "verifact_changes";

    private static final ObjectMapper JSON = new ObjectMapper();
    // The same key as in the shared schema's grant_made(), which also writes seq.
    private static final long CHANGES_LOCK = 0x5645_5249_4641_4354L;
    private static final Set<String> DECIDED = Set.of("VERIFIED", "SYNCED", "EXPORTED", "REJECTED");

    /** What became of one change sent. */
    enum Result {
        /** The database now holds it as its newest version. */
        TAKEN,
        /** The database had taken it already (a send repeated after a lost answer). */
        ALREADY,
        /** Another workstation changed the same thing meanwhile; the two were merged, to be pulled back. */
        MERGED,
        /** Another workstation validated the invoice first with the same values, or this one had not validated it. */
        SUPERSEDED,
        /** Another workstation validated the invoice with different values: both are kept, and it is flagged. */
        CONFLICT,
        /** The database refused it, for a reason the operator can act on. */
        REFUSED
    }

    /** Whether an invoice in this status was decided by an operator: validated or rejected. */
    static boolean decided(String status) {
        return DECIDED.contains(status);
    }

    record Sent(Outgoing outgoing, Result result, long version, String reason) {
    }

    /** A change in the shared order. */
    record Change(SharedKind kind, String gid, long seq, String changeId) {
    }

    private static final String INSERT_INVOICE = """
            INSERT INTO invoices (dossier_gid, status, file_name, supplier, invoice_number, invoice_date, gross,
                                  record, pages, change_id, station, actor, sha256, version, seq)
            VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 1, nextval('changes'))""";
    /** How many bytes of invoice files are batched before they are sent. */
    private static final long ORIGINALS_BATCH_BYTES = 16L * 1024 * 1024;
    private static final String INSERT_ORIGINAL = "INSERT INTO originals (sha256, bytes) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_AUDIT = """
            INSERT INTO audit (gid, sha256, at, actor, action, field, old_value, new_value, station)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final String station;
    private final Function<String, String> dossierName;

    /** @param dossierName a client file's name here, from its id, to name it to the operator */
    Exchange(String station, Function<String, String> dossierName) {
        this.station = station;
        this.dossierName = dossierName;
    }

    /**
     * Sends the changes in one transaction. A connection failure is thrown: nothing of the batch is then
     * known to be taken, and the whole batch is sent again later, which changes nothing where it was.
     */
    List<Sent> push(Connection connection, List<Outgoing> batch, Function<Outgoing, byte[]> original) throws SQLException {
        // Packed before the lock is taken: the other workstations wait for nothing this one can do alone.
        Map<Outgoing, byte[]> packed = new IdentityHashMap<>();
        for (Outgoing outgoing : batch) {
            if (outgoing.pages() != null) {
                packed.put(outgoing, gzip(outgoing.pages()));
            }
        }
        connection.setAutoCommit(false);
        try {
            List<Sent> sent;
            try {
                sent = pushAll(connection, batch, packed, original, false);
            } catch (SQLException e) {
                if (SharedDatabase.isConnectionProblem(e)) {
                    throw e;
                }
                // A change was refused: the batch is sent again, each change on a savepoint of its own, so that the
                // refused one does not hold back the others. Savepoints only then: each costs two round trips.
                connection.rollback();
                sent = pushAll(connection, batch, packed, original, true);
            }
            notifyOthers(connection);
            connection.commit();
            return sent;
        } catch (SQLException | RuntimeException e) {
            quietRollback(connection, e);
            throw e;
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private List<Sent> pushAll(Connection connection, List<Outgoing> batch, Map<Outgoing, byte[]> packed,
                               Function<Outgoing, byte[]> original, boolean savepoints) throws SQLException {
        List<Sent> sent = new ArrayList<>();
        lock(connection);
        Set<String> held = heldOriginals(connection, batch);
        if (!savepoints) {
            return pushTogether(connection, batch, held, packed, original);
        }
        for (Outgoing outgoing : batch) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                sent.add(pushOne(connection, outgoing, held, packed, original));
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (SharedDatabase.isConnectionProblem(e)) {
                    throw e;
                }
                connection.rollback(savepoint);
                sent.add(new Sent(outgoing, Result.REFUSED, 0, refusal(outgoing, e)));
            }
        }
        return sent;
    }

    /**
     * The batch in few round trips: the invoices the database does not hold yet are inserted together, then
     * their files, then their trails; anything else goes one by one. Nothing is on a savepoint: a refusal
     * fails the transaction, and the batch is sent again the careful way.
     */
    private List<Sent> pushTogether(Connection connection, List<Outgoing> batch, Set<String> held, Map<Outgoing, byte[]> packed,
                                    Function<Outgoing, byte[]> original) throws SQLException {
        Set<String> known = knownInvoices(connection, batch);
        List<Sent> sent = new ArrayList<>();
        List<Outgoing> fresh = new ArrayList<>();
        for (Outgoing outgoing : batch) {
            if (outgoing.kind() == SharedKind.INVOICE && !known.contains(outgoing.gid())) {
                fresh.add(outgoing);
                sent.add(new Sent(outgoing, Result.TAKEN, 1, null));
            } else {
                sent.add(pushOne(connection, outgoing, held, packed, original));
            }
        }
        if (fresh.isEmpty()) {
            return sent;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INVOICE)) {
            for (Outgoing outgoing : fresh) {
                bindInvoice(insert, outgoing, packed.get(outgoing));
                insert.setString(13, outgoing.gid());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORIGINAL)) {
            long batched = 0;
            for (Outgoing outgoing : fresh) {
                if (held.add(outgoing.gid())) {
                    byte[] bytes = original.apply(outgoing);
                    insert.setString(1, outgoing.gid());
                    insert.setBytes(2, bytes);
                    insert.addBatch();
                    batched += bytes.length + 1;
                    // Sent whenever the files batched grow large: a hundred big scans are never all held at once.
                    if (batched >= ORIGINALS_BATCH_BYTES) {
                        insert.executeBatch();
                        batched = 0;
                    }
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
            boolean any = false;
            for (Outgoing outgoing : fresh) {
                any |= addAudit(insert, outgoing.gid(), outgoing.audit());
            }
            if (any) {
                insert.executeBatch();
            }
        }
        return sent;
    }

    /** The batch's invoices the database holds already, locked until the batch is committed. */
    private static Set<String> knownInvoices(Connection connection, List<Outgoing> batch) throws SQLException {
        return invoicesIn(connection, "SELECT sha256 FROM invoices WHERE sha256 = ANY (?) FOR UPDATE", batch);
    }

    private Sent pushOne(Connection connection, Outgoing outgoing, Set<String> held, Map<Outgoing, byte[]> packed,
                         Function<Outgoing, byte[]> original) throws SQLException {
        return switch (outgoing.kind()) {
            case INVOICE -> pushInvoice(connection, outgoing, held, packed.get(outgoing), original);
            case MASK -> {
                Sent head = pushPlain(connection, outgoing);
                pushMaskVersions(connection, outgoing);
                yield head;
            }
            case SUPPLIER, CUSTOM_FIELD, DOSSIER -> pushPlain(connection, outgoing);
        };
    }

    /** Why the database refused the change, said so that the operator knows whom to ask for what. */
    private String refusal(Outgoing outgoing, SQLException e) {
        String what = switch (outgoing.kind()) {
            case INVOICE -> "invoice " + outgoing.record().path("document").path("file_name").asText(outgoing.gid());
            case DOSSIER -> "client file " + outgoing.record().path("dossier").path("name").asText();
            default -> outgoing.kind().key().replace('_', ' ') + " " + outgoing.gid();
        };
        String refused = "The shared database refused the " + what + ": ";
        String state = Objects.requireNonNullElse(e.getSQLState(), "");
        if (state.equals("23505") && outgoing.kind() == SharedKind.INVOICE) {
            // Its own row is out of sight, so the database holds it where this workstation may not look.
            return refused + "the firm already has this invoice, in a client file this workstation is not granted. "
                    + "Ask the administrator who handles it; it need not be verified here.";
        }
        if (state.equals("42501") && outsideGrants(e)) {
            return switch (outgoing.kind()) {
                case INVOICE -> outgoing.dossierId() == null
                        ? refused + "it is in no client file, and this workstation is granted only some client files. "
                                + "File it in one of them, or ask the administrator to grant this workstation all files."
                        : refused + "this workstation is not granted the client file " + dossierName.apply(outgoing.dossierId())
                                + ". Ask the administrator for the grant, or file the invoice in a client file this workstation has.";
                case DOSSIER -> refused + "only a workstation granted all client files may add one, and this one is "
                        + "granted only some. Ask the administrator to add it, or to grant this workstation all files.";
                default -> refused + "this workstation is not granted it. Ask the administrator for the grant.";
            };
        }
        if (state.equals("42501")) {
            return refused + "this workstation's database role lacks a privilege (" + e.getMessage()
                    + "). Ask the administrator to make the role a member of verifact_station.";
        }
        return refused + e.getMessage();
    }

    /** A row-level security policy refused the row, rather than a privilege missing on the table. */
    private static boolean outsideGrants(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            // The routine's name, unlike the message, does not depend on the server's language.
            return "ExecWithCheckOptions".equals(psql.getServerErrorMessage().getRoutine());
        }
        return true;
    }

    // --- Invoices ------------------------------------------------------------------------------

    private Sent pushInvoice(Connection connection, Outgoing outgoing, Set<String> held, byte[] pages,
                             Function<Outgoing, byte[]> original) throws SQLException {
        String sha = outgoing.gid();
        Current current = current(connection, "SELECT version, change_id, record::text, status, conflict FROM invoices WHERE sha256 = ? FOR UPDATE", sha);
        Sent sent;
        if (current == null) {
            insertInvoice(connection, outgoing, pages);
            sent = new Sent(outgoing, Result.TAKEN, 1, null);
        } else if (current.changeId.equals(outgoing.pending().changeId())) {
            sent = new Sent(outgoing, Result.ALREADY, current.version, null);
        } else if (current.version == outgoing.baseVersion() || !DECIDED.contains(current.status)) {
            boolean decided = DECIDED.contains(outgoing.status());
            long version = updateInvoice(connection, outgoing, pages, current.conflict && !decided);
            if (current.conflict && decided) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE invoice_conflicts SET decided_at = now() WHERE sha256 = ? AND decided_at IS NULL")) {
                    update.setString(1, sha);
                    update.executeUpdate();
                }
            }
            sent = new Sent(outgoing, Result.TAKEN, version, null);
        } else if (!DECIDED.contains(outgoing.status()) || sameDecision(current.record, outgoing.record())) {
            sent = new Sent(outgoing, Result.SUPERSEDED, current.version, null);
        } else {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO invoice_conflicts (sha256, change_id, station, actor, record) VALUES (?, ?, ?, ?, ?::jsonb)
                    ON CONFLICT DO NOTHING""")) {
                insert.setString(1, sha);
                insert.setString(2, outgoing.pending().changeId());
                insert.setString(3, station);
                insert.setString(4, actor(outgoing));
                insert.setString(5, outgoing.record().toString());
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE invoices SET conflict = true, change_id = ?, seq = nextval('changes'), updated_at = now()
                    WHERE sha256 = ? RETURNING version""")) {
                update.setString(1, UUID.randomUUID().toString());
                update.setString(2, sha);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    sent = new Sent(outgoing, Result.CONFLICT, row.getLong(1), null);
                }
            }
        }
        if (!held.contains(sha)) {
            byte[] bytes = original.apply(outgoing);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ORIGINAL)) {
                insert.setString(1, sha);
                insert.setBytes(2, bytes);
                insert.executeUpdate();
            }
            held.add(sha);
        }
        insertAudit(connection, sha, outgoing.audit());
        return sent;
    }

    private void insertInvoice(Connection connection, Outgoing outgoing, byte[] pages) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INVOICE)) {
            bindInvoice(insert, outgoing, pages);
            insert.setString(13, outgoing.gid());
            insert.executeUpdate();
        }
    }

    private long updateInvoice(Connection connection, Outgoing outgoing, byte[] pages, boolean keepConflict) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE invoices SET dossier_gid = ?::uuid, status = ?, file_name = ?, supplier = ?, invoice_number = ?,
                                    invoice_date = ?, gross = ?, record = ?::jsonb, pages = ?, change_id = ?, station = ?,
                                    actor = ?, conflict = ?, version = version + 1, seq = nextval('changes'), updated_at = now()
                WHERE sha256 = ? RETURNING version""")) {
            bindInvoice(update, outgoing, pages);
            update.setBoolean(13, keepConflict);
            update.setString(14, outgoing.gid());
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Binds the invoice's twelve columns, in the order both statements name them. */
    private void bindInvoice(PreparedStatement statement, Outgoing outgoing, byte[] pages) throws SQLException {
        Map<String, String> values = fieldValues(outgoing.record());
        statement.setString(1, outgoing.dossierId());
        statement.setString(2, outgoing.status());
        statement.setString(3, outgoing.record().path("document").path("file_name").asText());
        statement.setString(4, values.get("supplier_name"));
        statement.setString(5, values.get("invoice_number"));
        statement.setString(6, values.get("invoice_date"));
        statement.setString(7, values.get("gross_total"));
        statement.setString(8, outgoing.record().toString());
        if (pages == null) {
            statement.setNull(9, Types.BINARY);
        } else {
            statement.setBytes(9, pages);
        }
        statement.setString(10, outgoing.pending().changeId());
        statement.setString(11, station);
        statement.setString(12, actor(outgoing));
    }

    private static String actor(Outgoing outgoing) {
        ArrayNode audit = outgoing.audit();
        if (!audit.isEmpty()) {
            return audit.get(audit.size() - 1).path("actor").asText(null);
        }
        return outgoing.record().path("recognition").path("actor").asText(null);
    }

    private static Map<String, String> fieldValues(JsonNode record) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode field : record.path("fields")) {
            values.put(field.path("field_key").asText(), field.path("value").asText());
        }
        return values;
    }

    /** Two validations agree when they end in the same status with the same values. */
    private static boolean sameDecision(JsonNode held, JsonNode sent) {
        return held.path("document").path("status").asText().equals(sent.path("document").path("status").asText())
                && fieldValues(held).equals(fieldValues(sent))
                && values(held.path("vat_lines")).equals(values(sent.path("vat_lines")))
                && values(held.path("line_items")).equals(values(sent.path("line_items")))
                && values(held.path("custom_values")).equals(values(sent.path("custom_values")));
    }

    private static List<String> values(JsonNode rows) {
        List<String> values = new ArrayList<>();
        for (JsonNode row : rows) {
            ObjectNode copy = row.deepCopy();
            copy.remove(List.of("source", "confidence", "x0", "y0", "x1", "y1", "page", "alternatives"));
            values.add(copy.toString());
        }
        return values;
    }

    private void insertAudit(Connection connection, String sha, ArrayNode audit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
            if (addAudit(insert, sha, audit)) {
                insert.executeBatch();
            }
        }
    }

    /** Adds the trail's entries to the batch; false when it has none. */
    private boolean addAudit(PreparedStatement insert, String sha, ArrayNode audit) throws SQLException {
        for (JsonNode entry : audit) {
            insert.setString(1, entry.path("gid").asText());
            insert.setString(2, sha);
            insert.setString(3, entry.path("at").asText());
            insert.setString(4, entry.path("actor").asText());
            insert.setString(5, entry.path("action").asText());
            insert.setString(6, text(entry, "field"));
            insert.setString(7, text(entry, "old_value"));
            insert.setString(8, text(entry, "new_value"));
            insert.setString(9, station);
            insert.addBatch();
        }
        return !audit.isEmpty();
    }

    private static Set<String> heldOriginals(Connection connection, List<Outgoing> batch) throws SQLException {
        return invoicesIn(connection, "SELECT sha256 FROM originals WHERE sha256 = ANY (?)", batch);
    }

    /** The sha256s a query finds among the batch's invoices. */
    private static Set<String> invoicesIn(Connection connection, String sql, List<Outgoing> batch) throws SQLException {
        String[] shas = batch.stream().filter(o -> o.kind() == SharedKind.INVOICE).map(Outgoing::gid).toArray(String[]::new);
        Set<String> found = new LinkedHashSet<>();
        if (shas.length == 0) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", shas));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
        }
        return found;
    }

    // --- The register, masks, custom fields, client files -------------------------------------------

    private Sent pushPlain(Connection connection, Outgoing outgoing) throws SQLException {
        Plain plain = Plain.of(outgoing.kind());
        String table = plain.table;
        String key = plain.gidAsText();
        Current current = current(connection, "SELECT version, change_id, record::text, '', false FROM " + table
                + " WHERE " + key + " = ? FOR UPDATE", outgoing.gid());
        if (current == null) {
            insertPlain(connection, outgoing, plain);
            return new Sent(outgoing, Result.TAKEN, 1, null);
        }
        if (current.changeId.equals(outgoing.pending().changeId())) {
            return new Sent(outgoing, Result.ALREADY, current.version, null);
        }
        if (current.version == outgoing.baseVersion() || outgoing.kind() == SharedKind.CUSTOM_FIELD
                || outgoing.kind() == SharedKind.DOSSIER) {
            return new Sent(outgoing, Result.TAKEN, updatePlain(connection, outgoing, plain, outgoing.record(),
                    outgoing.pending().changeId()), null);
        }
        // Changed meanwhile elsewhere: a supplier keeps every identifier either side gave it; a mask keeps
        // every version (sent below), and each workstation puts the newest in use when it pulls them.
        ObjectNode merged = outgoing.kind() == SharedKind.SUPPLIER ? mergeSupplier(current.record, outgoing.record()) : outgoing.record();
        return new Sent(outgoing, Result.MERGED, updatePlain(connection, outgoing, plain, merged, UUID.randomUUID().toString()), null);
    }

    /**
     * A supplier changed on two workstations keeps every identifier and keyword either gave it; for an
     * account in a client file, the one sent last.
     */
    private static ObjectNode mergeSupplier(JsonNode held, ObjectNode sent) {
        ObjectNode merged = sent.deepCopy();
        merged.set("identifiers", union(held.path("identifiers"), sent.path("identifiers"), JsonNode::toString));
        merged.set("keywords", union(held.path("keywords"), sent.path("keywords"), JsonNode::toString));
        merged.set("accounts", union(sent.path("accounts"), held.path("accounts"), a -> a.path("dossier_id").asText()));
        return merged;
    }

    /** The rows of both, each key once, the first's row where both have it. */
    private static ArrayNode union(JsonNode first, JsonNode second, Function<JsonNode, String> key) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (JsonNode row : concat(first, second)) {
            if (seen.add(key.apply(row))) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    private void insertPlain(Connection connection, Outgoing outgoing, Plain plain) throws SQLException {
        String sql = "INSERT INTO " + plain.table + " (gid, " + plain.extraColumn + ", record, version, change_id, station, seq) VALUES ("
                + plain.gidParameter() + ", " + plain.extraParameter + ", ?::jsonb, 1, ?, ?, nextval('changes'))";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, outgoing.gid());
            insert.setString(2, plain.extra(outgoing.record()));
            insert.setString(3, outgoing.record().toString());
            insert.setString(4, outgoing.pending().changeId());
            insert.setString(5, station);
            insert.executeUpdate();
        }
    }

    private long updatePlain(Connection connection, Outgoing outgoing, Plain plain, JsonNode record, String changeId)
            throws SQLException {
        String sql = "UPDATE " + plain.table + " SET " + plain.extraColumn + " = " + plain.extraParameter
                + ", record = ?::jsonb, change_id = ?, station = ?, version = version + 1, seq = nextval('changes'), "
                + "updated_at = now() WHERE gid = " + plain.gidParameter() + " RETURNING version";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, plain.extra(record));
            update.setString(2, record.toString());
            update.setString(3, changeId);
            update.setString(4, station);
            update.setString(5, outgoing.gid());
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The tables of the things kept whole as a record: their key, and the one column kept beside it for people. */
    private enum Plain {
        SUPPLIERS("suppliers", true, "name", "?", "supplier", "name"),
        MASKS("masks", true, "supplier_gid", "?::uuid", "mask", "supplier_id"),
        CUSTOM_FIELDS("custom_fields", false, "name", "?", "custom_field", "name"),
        DOSSIERS("dossiers", true, "name", "?", "dossier", "name");

        final String table;
        final boolean uuidKey;
        final String extraColumn;
        final String extraParameter;
        final String part;
        final String extraField;

        Plain(String table, boolean uuidKey, String extraColumn, String extraParameter, String part, String extraField) {
            this.table = table;
            this.uuidKey = uuidKey;
            this.extraColumn = extraColumn;
            this.extraParameter = extraParameter;
            this.part = part;
            this.extraField = extraField;
        }

        static Plain of(SharedKind kind) {
            return switch (kind) {
                case SUPPLIER -> SUPPLIERS;
                case MASK -> MASKS;
                case CUSTOM_FIELD -> CUSTOM_FIELDS;
                case DOSSIER -> DOSSIERS;
                case INVOICE -> throw new IllegalArgumentException("an invoice is not kept as a plain record");
            };
        }

        String gidAsText() {
            return uuidKey ? "gid::text" : "gid";
        }

        String gidParameter() {
            return uuidKey ? "?::uuid" : "?";
        }

        String extra(JsonNode record) {
            return record.path(part).path(extraField).asText();
        }
    }

    private void pushMaskVersions(Connection connection, Outgoing outgoing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO mask_versions (gid, mask_gid, at, record, station) VALUES (?, ?::uuid, ?, ?::jsonb, ?)
                ON CONFLICT DO NOTHING""")) {
            for (JsonNode version : outgoing.versions()) {
                insert.setString(1, version.path("gid").asText());
                insert.setString(2, outgoing.gid());
                insert.setString(3, version.path("at").asText());
                insert.setString(4, version.toString());
                insert.setString(5, station);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // --- Pulling -----------------------------------------------------------------------------------

    /** The changes made after {@code cursor}, in the shared order, as far as this workstation may see them. */
    List<Change> changesSince(Connection connection, long cursor, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kind, gid, seq, change_id FROM (
                    SELECT 'dossier' AS kind, gid::text AS gid, seq, change_id FROM dossiers WHERE seq > ?
                    UNION ALL SELECT 'supplier', gid::text, seq, change_id FROM suppliers WHERE seq > ?
                    UNION ALL SELECT 'custom_field', gid, seq, change_id FROM custom_fields WHERE seq > ?
                    UNION ALL SELECT 'mask', gid::text, seq, change_id FROM masks WHERE seq > ?
                    UNION ALL SELECT 'invoice', sha256, seq, change_id FROM invoices WHERE seq > ?
                ) c ORDER BY seq LIMIT ?""")) {
            for (int i = 1; i <= 5; i++) {
                query.setLong(i, cursor);
            }
            query.setInt(6, limit);
            List<Change> changes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changes.add(new Change(SharedKind.of(row.getString(1)), row.getString(2), row.getLong(3), row.getString(4)));
                }
            }
            return changes;
        }
    }

    /** The thing as the database has it now, without an invoice's file; null when it is gone or out of sight. */
    Incoming fetch(Connection connection, SharedKind kind, String gid) throws SQLException {
        return switch (kind) {
            case INVOICE -> fetchInvoice(connection, gid);
            case MASK -> fetchPlain(connection, kind, gid, versions(connection, gid));
            case SUPPLIER, CUSTOM_FIELD, DOSSIER -> fetchPlain(connection, kind, gid, JsonNodeFactory.instance.arrayNode());
        };
    }

    private Incoming fetchPlain(Connection connection, SharedKind kind, String gid, ArrayNode versions) throws SQLException {
        Plain plain = Plain.of(kind);
        String table = plain.table;
        String key = plain.gidAsText();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, change_id, record::text FROM " + table + " WHERE " + key + " = ?")) {
            query.setString(1, gid);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Incoming(kind, gid, row.getLong(1), row.getString(2), parse(row.getString(3)), null,
                        JsonNodeFactory.instance.arrayNode(), versions, null, false, List.of());
            }
        }
    }

    private static ArrayNode versions(Connection connection, String maskGid) throws SQLException {
        ArrayNode versions = JsonNodeFactory.instance.arrayNode();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT record::text FROM mask_versions WHERE mask_gid = ?::uuid ORDER BY at, gid")) {
            query.setString(1, maskGid);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    versions.add(parse(row.getString(1)));
                }
            }
        }
        return versions;
    }

    private Incoming fetchInvoice(Connection connection, String sha) throws SQLException {
        long version;
        String changeId;
        JsonNode record;
        JsonNode pages;
        boolean conflict;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, change_id, record::text, pages, conflict FROM invoices WHERE sha256 = ?")) {
            query.setString(1, sha);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                version = row.getLong(1);
                changeId = row.getString(2);
                record = parse(row.getString(3));
                byte[] packed = row.getBytes(4);
                pages = packed == null ? null : gunzip(packed);
                conflict = row.getBoolean(5);
            }
        }
        ArrayNode audit = JsonNodeFactory.instance.arrayNode();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT gid, at, actor, action, field, old_value, new_value FROM audit WHERE sha256 = ? ORDER BY position""")) {
            query.setString(1, sha);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ObjectNode entry = audit.addObject();
                    entry.put("gid", row.getString(1)).put("at", row.getString(2)).put("actor", row.getString(3))
                            .put("action", row.getString(4)).put("field", row.getString(5))
                            .put("old_value", row.getString(6)).put("new_value", row.getString(7));
                }
            }
        }
        List<Incoming.OtherVersion> others = new ArrayList<>();
        if (conflict) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT change_id, station, actor, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), record::text
                    FROM invoice_conflicts WHERE sha256 = ? AND decided_at IS NULL ORDER BY at""")) {
                query.setString(1, sha);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        others.add(new Incoming.OtherVersion(row.getString(1), row.getString(2),
                                Objects.requireNonNullElse(row.getString(3), ""), row.getString(4), parse(row.getString(5))));
                    }
                }
            }
        }
        return new Incoming(SharedKind.INVOICE, sha, version, changeId, record, pages, audit,
                JsonNodeFactory.instance.arrayNode(), null, conflict, others);
    }

    byte[] original(Connection connection, String sha) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT bytes FROM originals WHERE sha256 = ?")) {
            query.setString(1, sha);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    // --- Helpers -----------------------------------------------------------------------------------

    private record Current(long version, String changeId, JsonNode record, String status, boolean conflict) {
    }

    private static Current current(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Current(row.getLong(1), row.getString(2), parse(row.getString(3)), row.getString(4), row.getBoolean(5));
            }
        }
    }

    static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHANGES_LOCK);
            lock.execute();
        }
    }

    private static void notifyOthers(Connection connection) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, CHANNEL);
            notify.execute();
        }
    }

    private static void quietRollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // A broken connection is dropped by the pool.
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzipped at the fastest level: the words' JSON shrinks nearly as much, several times faster than the default. */
    static byte[] gzip(JsonNode node) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new FastGzip(bytes)) {
            JSON.writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream bytes) throws IOException {
            super(bytes, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static JsonNode gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
