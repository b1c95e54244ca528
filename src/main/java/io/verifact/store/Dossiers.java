package io.verifact.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.verifact.model.Address;
import io.verifact.model.Dossier;
import io.verifact.model.SupplierId;

/** The firm's client files, with the identifiers that name them on their invoices; every invoice may be put into one. */
public final class Dossiers {

    private static final String COLUMNS = "id, name, ref, street, postcode, city, country, account_prefix, account_length, firm";

    private final Database database;
    private final StoreClock clock;

    Dossiers(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every client file, by name. */
    public List<Dossier> all() {
        return database.read(connection -> load(connection, "SELECT " + COLUMNS + " FROM dossiers ORDER BY name", null));
    }

    public Optional<Dossier> find(String id) {
        return database.read(connection -> load(connection, "SELECT " + COLUMNS + " FROM dossiers WHERE id = ?", id).stream().findFirst());
    }

    /** The client file of that id, of that id in the firm's register, or of that name. */
    public Optional<Dossier> findByCode(String code) {
        return database.read(connection -> load(connection,
                "SELECT " + COLUMNS + " FROM dossiers WHERE id = ?1 OR ref = ?1 OR name = ?1 ORDER BY id = ?1 DESC, ref = ?1 DESC", code)
                .stream().findFirst());
    }

    /** The client file of that name, made when there is none yet. */
    public Dossier named(String name, String actor) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A client file needs a name.");
        }
        return database.write(connection -> {
            List<Dossier> found = load(connection, "SELECT " + COLUMNS + " FROM dossiers WHERE name = ?", trimmed);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            String id = UUID.randomUUID().toString();
            insert(connection, new Dossier(id, trimmed), actor);
            return find(connection, id).orElseThrow();
        });
    }

    /**
     * Writes a client file as an operator or the firm's register gives it: a new one is added, one
     * already there (same id) gets these details and identifiers.
     */
    public Dossier save(Dossier dossier, String actor) {
        return write(dossier, actor, false);
    }

    /**
     * Writes a client file as an operator edited it: its details, and exactly these identifiers and
     * account mappings; those taken away go.
     */
    public Dossier edit(Dossier dossier, String actor) {
        return write(dossier, actor, true);
    }

    private Dossier write(Dossier dossier, String actor, boolean exactly) {
        if (dossier.name().isBlank()) {
            throw new IllegalArgumentException("A client file needs a name.");
        }
        return database.write(connection -> {
            String id = dossier.id();
            if (id.isBlank() || find(connection, id).isEmpty()) {
                id = id.isBlank() ? newId(dossier) : id;
                insert(connection, withId(dossier, id), actor);
            } else {
                update(connection, withId(dossier, id));
                if (exactly) {
                    Suppliers.keepOnly(connection, "dossier_identifiers", "dossier_id", id, List.of("kind", "value"),
                            dossier.identifiers().stream().map(i -> List.of(i.kind().key(), i.value())).toList());
                    Suppliers.keepOnly(connection, "account_mappings", "dossier_id", id, List.of("from_account"),
                            dossier.mappings().keySet().stream().map(List::of).toList());
                }
            }
            return find(connection, id).orElseThrow();
        });
    }

    /** The client file a register row is about: the one with the same register id, else the one of the same name. */
    public Optional<Dossier> matching(Dossier row) {
        return database.read(connection -> {
            String sql = row.ref().isEmpty() ? "SELECT " + COLUMNS + " FROM dossiers WHERE name = ?"
                    : "SELECT " + COLUMNS + " FROM dossiers WHERE ref = ?";
            return load(connection, sql, row.ref().isEmpty() ? row.name().strip() : row.ref()).stream().findFirst();
        });
    }

    /** An account mapping of the client file: a supplier booked on {@code from} is booked on {@code to}; an empty {@code to} takes it away. */
    public Dossier mapping(String dossierId, String from, String to) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("An account mapping starts from an account.");
        }
        return database.write(connection -> {
            find(connection, dossierId).orElseThrow(() -> new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                    "No client file " + dossierId + "."));
            if (to == null || to.isBlank()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM account_mappings WHERE dossier_id = ? AND from_account = ?")) {
                    delete.setString(1, dossierId);
                    delete.setString(2, from.strip());
                    delete.executeUpdate();
                }
            } else {
                writeMapping(connection, dossierId, from.strip(), to.strip());
            }
            return find(connection, dossierId).orElseThrow();
        });
    }

    /** The client file the document belongs to, if it was put into one. */
    public Optional<Dossier> of(long documentId) {
        return database.read(connection -> load(connection, "SELECT " + COLUMNS.replaceAll("(\\w+)", "f.$1")
                + " FROM dossiers f JOIN documents d ON d.dossier_id = f.id WHERE d.id = ?", documentId).stream().findFirst());
    }

    /** Puts the document into the client file. */
    public void file(long documentId, String dossierId) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE documents SET dossier_id = ? WHERE id = ? AND dossier_id IS NOT ?")) {
                update.setString(1, dossierId);
                update.setLong(2, documentId);
                update.setString(3, dossierId);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static Dossier withId(Dossier d, String id) {
        return new Dossier(id, d.ref(), d.name().strip(), d.identifiers(), d.address(), d.accountPrefix(), d.accountLength(), d.firm(),
                d.mappings());
    }

    private static String newId(Dossier dossier) {
        return dossier.ref().isEmpty() ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("dossier ref " + dossier.ref()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void insert(Connection connection, Dossier d, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dossiers (id, name, created_at, created_by, ref, street, postcode, city, country, account_prefix,
                                      account_length, firm)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, d.id());
            insert.setString(2, d.name());
            insert.setString(3, clock.now());
            insert.setString(4, actor);
            bindDetails(insert, 5, d);
            insert.executeUpdate();
        }
        writeChildren(connection, d);
    }

    private static void update(Connection connection, Dossier d) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE dossiers SET name = ?, ref = ?, street = ?, postcode = ?, city = ?, country = ?, account_prefix = ?,
                                    account_length = ?, firm = ?
                WHERE id = ? AND (name, ifnull(ref, ''), street, postcode, city, country, account_prefix, account_length, firm)
                         IS NOT (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            update.setString(1, d.name());
            bindDetails(update, 2, d);
            update.setString(10, d.id());
            update.setString(11, d.name());
            bindDetails(update, 12, d);
            update.setString(12, d.ref());
            update.executeUpdate();
        }
        writeChildren(connection, d);
    }

    private static void bindDetails(PreparedStatement statement, int first, Dossier d) throws SQLException {
        statement.setString(first, d.ref().isEmpty() ? null : d.ref());
        statement.setString(first + 1, d.address().street());
        statement.setString(first + 2, d.address().postcode());
        statement.setString(first + 3, d.address().city());
        statement.setString(first + 4, d.address().country());
        statement.setString(first + 5, d.accountPrefix());
        statement.setInt(first + 6, d.accountLength());
        statement.setInt(first + 7, d.firm() ? 1 : 0);
    }

    private static void writeChildren(Connection connection, Dossier d) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO dossier_identifiers (dossier_id, kind, value) VALUES (?, ?, ?)")) {
            for (SupplierId id : d.identifiers()) {
                insert.setString(1, d.id());
                insert.setString(2, id.kind().key());
                insert.setString(3, id.value());
                insert.executeUpdate();
            }
        }
        for (Map.Entry<String, String> mapping : d.mappings().entrySet()) {
            writeMapping(connection, d.id(), mapping.getKey(), mapping.getValue());
        }
    }

    private static void writeMapping(Connection connection, String dossierId, String from, String to) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO account_mappings (dossier_id, from_account, to_account) VALUES (?, ?, ?)
                ON CONFLICT (dossier_id, from_account) DO UPDATE SET to_account = excluded.to_account
                WHERE to_account IS NOT excluded.to_account""")) {
            upsert.setString(1, dossierId);
            upsert.setString(2, from);
            upsert.setString(3, to);
            upsert.executeUpdate();
        }
    }

    private static Optional<Dossier> find(Connection connection, String id) throws SQLException {
        return load(connection, "SELECT " + COLUMNS + " FROM dossiers WHERE id = ?", id).stream().findFirst();
    }

    private static List<Dossier> load(Connection connection, String sql, Object parameter) throws SQLException {
        Map<String, Dossier> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1), new Dossier(row.getString(1), row.getString(3), row.getString(2), List.of(),
                            new Address(row.getString(4), row.getString(5), row.getString(6), row.getString(7)),
                            row.getString(8), row.getInt(9), row.getInt(10) == 1, Map.of()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        String only = rows.size() == 1 ? rows.keySet().iterator().next() : null;
        Map<String, List<SupplierId>> ids = Suppliers.children(connection, "dossier_identifiers", "dossier_id", "kind, value", only,
                row -> new SupplierId(SupplierId.Kind.fromKey(row.getString(2)), row.getString(3)));
        Map<String, List<Map.Entry<String, String>>> mappings = Suppliers.children(connection, "account_mappings", "dossier_id", "from_account, to_account", only,
                row -> Map.entry(row.getString(2), row.getString(3)));
        List<Dossier> dossiers = new ArrayList<>(rows.size());
        for (Dossier d : rows.values()) {
            List<SupplierId> own = new ArrayList<>(ids.getOrDefault(d.id(), List.of()));
            own.sort(Comparator.comparing(SupplierId::kind));
            dossiers.add(new Dossier(d.id(), d.ref(), d.name(), own, d.address(), d.accountPrefix(), d.accountLength(), d.firm(),
                    Suppliers.entries(mappings.get(d.id()))));
        }
        return dossiers;
    }
}
