package io.verifact.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.verifact.check.Siren;
import io.verifact.model.Address;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;

/** The supplier register, in its order: the first of two suppliers sharing an identifier is the one taken. */
public final class Suppliers {

    private final Database database;
    private final StoreClock clock;

    Suppliers(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every supplier, in the register's order, with its identifiers strongest first. */
    public List<Supplier> all() {
        return database.read(connection -> load(connection, null));
    }

    public Optional<Supplier> find(String id) {
        return database.read(connection -> load(connection, id).stream().findFirst());
    }

    /** The supplier of that id, or of that id in the firm's own register. */
    public Optional<Supplier> findByCode(String code) {
        return database.read(connection -> {
            Optional<Supplier> own = load(connection, code).stream().findFirst();
            if (own.isPresent()) {
                return own;
            }
            Optional<String> id = idOfRef(connection, code);
            return id.isPresent() ? load(connection, id.get()).stream().findFirst() : Optional.<Supplier>empty();
        });
    }

    /**
     * Adds a supplier at the end of the register. When a supplier already has one of these VAT
     * numbers, SIRETs or SIRENs, no second one is made: that supplier is returned, with the new
     * identifiers added.
     */
    public Supplier create(String name, List<SupplierId> identifiers, String actor) {
        return database.write(connection -> {
            Optional<String> existing = owner(connection, identifiers);
            if (existing.isPresent()) {
                insertIdentifiers(connection, existing.get(), identifiers);
                return load(connection, existing.get()).getFirst();
            }
            String id = newId(connection, identifiers);
            insert(connection, new Supplier(id, name, identifiers), actor);
            return load(connection, id).getFirst();
        });
    }

    /**
     * Writes a supplier as an operator or the firm's register gives it: a new one goes to the end of
     * the register, one already there gets these details, and keeps the identifiers it learned.
     *
     * @return the supplier as stored
     */
    public Supplier save(Supplier supplier, String actor) {
        return write(supplier, actor, false);
    }

    /**
     * Writes a supplier as an operator edited it: its details, and exactly these identifiers, keywords
     * and accounts; those taken away go. A new one goes to the end of the register.
     *
     * @return the supplier as stored
     */
    public Supplier edit(Supplier supplier, String actor) {
        return write(supplier, actor, true);
    }

    private Supplier write(Supplier supplier, String actor, boolean exactly) {
        return database.write(connection -> {
            String id = supplier.id();
            if (id == null || id.isBlank() || load(connection, id).isEmpty()) {
                id = id == null || id.isBlank() ? newId(connection, supplier) : id;
                insert(connection, withId(supplier, id), actor);
            } else {
                update(connection, withId(supplier, id));
                if (exactly) {
                    keepOnly(connection, "supplier_identifiers", "supplier_id", id, List.of("kind", "value"),
                            supplier.identifiers().stream().map(i -> List.of(i.kind().key(), i.value())).toList());
                    keepOnly(connection, "supplier_keywords", "supplier_id", id, List.of("keyword"),
                            supplier.keywords().stream().map(List::of).toList());
                    keepOnly(connection, "supplier_accounts", "supplier_id", id, List.of("dossier_id"),
                            supplier.accounts().keySet().stream().map(List::of).toList());
                }
            }
            return load(connection, id).getFirst();
        });
    }

    /**
     * The first other supplier of the register that holds one of these VAT numbers, SIRETs or SIRENs
     * (the SIREN inside each counted too): the one a second supplier would duplicate.
     */
    public Optional<Supplier> holding(List<SupplierId> identifiers, String exceptId) {
        return database.read(connection -> {
            Optional<String> id = owner(connection, identifiers, exceptId);
            return id.isEmpty() ? Optional.<Supplier>empty() : load(connection, id.get()).stream().findFirst();
        });
    }

    /** Deletes the parent's rows of a child table whose key is not among those kept. */
    static void keepOnly(Connection connection, String table, String parent, String parentId, List<String> key,
                         List<List<String>> kept) throws SQLException {
        java.util.Set<List<String>> keep = new java.util.HashSet<>(kept);
        String columns = String.join(", ", key);
        List<List<String>> gone = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE " + parent + " = ?")) {
            query.setString(1, parentId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= key.size(); i++) {
                        values.add(row.getString(i));
                    }
                    if (!keep.contains(values)) {
                        gone.add(values);
                    }
                }
            }
        }
        String where = String.join(" AND ", key.stream().map(c -> c + " = ?").toList());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + parent + " = ? AND " + where)) {
            for (List<String> values : gone) {
                delete.setString(1, parentId);
                for (int i = 0; i < values.size(); i++) {
                    delete.setString(i + 2, values.get(i));
                }
                delete.executeUpdate();
            }
        }
    }

    /**
     * The supplier a register row is about: the one with the same register id, else, for a row
     * without one, the one with the same VAT number, SIRET or SIREN, else one without register id of
     * the same name.
     */
    public Optional<Supplier> matching(Supplier row) {
        return database.read(connection -> {
            Optional<String> id = !row.ref().isEmpty() ? idOfRef(connection, row.ref())
                    : owner(connection, row.identifiers());
            if (id.isEmpty() && row.ref().isEmpty()) {
                id = idOfName(connection, row.name());
            }
            return id.isEmpty() ? Optional.<Supplier>empty() : load(connection, id.get()).stream().findFirst();
        });
    }

    /** Adds identifiers the supplier was seen with (a new IBAN); those it has already are left as they are. */
    public Supplier learn(String supplierId, List<SupplierId> identifiers) {
        return database.write(connection -> {
            insertIdentifiers(connection, supplierId, identifiers);
            return load(connection, supplierId).stream().findFirst().orElseThrow(() -> unknown(supplierId));
        });
    }

    /** Takes away an identifier the supplier was given by mistake (the buyer's VAT number read as its own). */
    public void forget(String supplierId, SupplierId identifier) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM supplier_identifiers WHERE supplier_id = ? AND kind = ? AND value = ?")) {
                delete.setString(1, supplierId);
                delete.setString(2, identifier.kind().key());
                delete.setString(3, identifier.value());
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** A keyword rule: a page that contains the keyword is this supplier's invoice. */
    public Supplier addKeyword(String supplierId, String keyword) {
        String kept = keyword == null ? "" : keyword.strip();
        if (kept.length() < Supplier.SHORTEST_KEYWORD) {
            throw new IllegalArgumentException("A keyword needs at least three characters, or it would be found on every page.");
        }
        return database.write(connection -> {
            load(connection, supplierId).stream().findFirst().orElseThrow(() -> unknown(supplierId));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO supplier_keywords (supplier_id, keyword) VALUES (?, ?)")) {
                insert.setString(1, supplierId);
                insert.setString(2, kept);
                insert.executeUpdate();
            }
            return load(connection, supplierId).getFirst();
        });
    }

    public Supplier removeKeyword(String supplierId, String keyword) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM supplier_keywords WHERE supplier_id = ? AND keyword = ?")) {
                delete.setString(1, supplierId);
                delete.setString(2, keyword);
                delete.executeUpdate();
            }
            return load(connection, supplierId).stream().findFirst().orElseThrow(() -> unknown(supplierId));
        });
    }

    /**
     * The supplier's account in a client file, or in every file ({@link Supplier#ANY_FILE}); an empty
     * account takes it away.
     */
    public Supplier account(String supplierId, String dossierId, String account) {
        return database.write(connection -> {
            load(connection, supplierId).stream().findFirst().orElseThrow(() -> unknown(supplierId));
            writeAccount(connection, supplierId, dossierId == null ? Supplier.ANY_FILE : dossierId, account);
            return load(connection, supplierId).getFirst();
        });
    }

    private static StoreException unknown(String supplierId) {
        return new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT, "No supplier " + supplierId + " in the register.");
    }

    private static Supplier withId(Supplier s, String id) {
        return new Supplier(id, s.ref(), s.name(), s.identifiers(), s.keywords(), s.address(), s.email(), s.currency(),
                s.vatRate(), s.blocked(), s.accounts());
    }

    private void insert(Connection connection, Supplier s, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO suppliers (id, position, name, created_at, created_by, ref, email, street, postcode, city, country,
                                       currency, vat_rate, blocked)
                VALUES (?, (SELECT ifnull(max(position), 0) + 1 FROM suppliers), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, s.id());
            insert.setString(2, s.name());
            insert.setString(3, clock.now());
            insert.setString(4, actor);
            bindDetails(insert, 5, s);
            insert.executeUpdate();
        }
        writeChildren(connection, s);
    }

    private static void update(Connection connection, Supplier s) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE suppliers SET name = ?, ref = ?, email = ?, street = ?, postcode = ?, city = ?, country = ?,
                                     currency = ?, vat_rate = ?, blocked = ?
                WHERE id = ? AND (name, ifnull(ref, ''), email, street, postcode, city, country, currency, vat_rate, blocked)
                         IS NOT (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            update.setString(1, s.name());
            bindDetails(update, 2, s);
            update.setString(11, s.id());
            update.setString(12, s.name());
            bindDetails(update, 13, s);
            update.setString(13, s.ref());
            update.executeUpdate();
        }
        writeChildren(connection, s);
    }

    private static void bindDetails(PreparedStatement statement, int first, Supplier s) throws SQLException {
        statement.setString(first, s.ref().isEmpty() ? null : s.ref());
        statement.setString(first + 1, s.email());
        statement.setString(first + 2, s.address().street());
        statement.setString(first + 3, s.address().postcode());
        statement.setString(first + 4, s.address().city());
        statement.setString(first + 5, s.address().country());
        statement.setString(first + 6, s.currency());
        statement.setString(first + 7, s.vatRate());
        statement.setInt(first + 8, s.blocked() ? 1 : 0);
    }

    private static void writeChildren(Connection connection, Supplier s) throws SQLException {
        insertIdentifiers(connection, s.id(), s.identifiers());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO supplier_keywords (supplier_id, keyword) VALUES (?, ?)")) {
            for (String keyword : s.keywords()) {
                insert.setString(1, s.id());
                insert.setString(2, keyword);
                insert.executeUpdate();
            }
        }
        for (Map.Entry<String, String> account : s.accounts().entrySet()) {
            writeAccount(connection, s.id(), account.getKey(), account.getValue());
        }
    }

    private static void writeAccount(Connection connection, String supplierId, String dossierId, String account) throws SQLException {
        if (account == null || account.isBlank()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM supplier_accounts WHERE supplier_id = ? AND dossier_id = ?")) {
                delete.setString(1, supplierId);
                delete.setString(2, dossierId);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO supplier_accounts (supplier_id, dossier_id, account) VALUES (?, ?, ?)
                ON CONFLICT (supplier_id, dossier_id) DO UPDATE SET account = excluded.account WHERE account IS NOT excluded.account""")) {
            upsert.setString(1, supplierId);
            upsert.setString(2, dossierId);
            upsert.setString(3, account.strip());
            upsert.executeUpdate();
        }
    }

    private static Optional<String> idOfRef(Connection connection, String ref) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM suppliers WHERE ref = ?")) {
            query.setString(1, ref);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The first supplier without register id of that name, whatever its case. */
    private static Optional<String> idOfName(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name FROM suppliers WHERE ref IS NULL ORDER BY position")) {
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (row.getString(2).strip().equalsIgnoreCase(name.strip())) {
                        return Optional.of(row.getString(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first supplier of the register with one of these VAT numbers, SIRETs or SIRENs, the SIREN inside each counted too. */
    private static Optional<String> owner(Connection connection, List<SupplierId> identifiers) throws SQLException {
        return owner(connection, identifiers, null);
    }

    private static Optional<String> owner(Connection connection, List<SupplierId> identifiers, String exceptId) throws SQLException {
        Set<SupplierId> same = new LinkedHashSet<>();
        Set<String> sirens = new LinkedHashSet<>();
        for (SupplierId id : identifiers) {
            if (id.kind().unique()) {
                same.add(id);
                sirenIn(id).ifPresent(sirens::add);
            }
        }
        for (String siren : sirens) {
            // A SIREN is found in itself, in its French VAT number, and at the start of its SIRETs.
            same.add(new SupplierId(SupplierId.Kind.SIREN, siren));
            if (Siren.isValidSiren(siren)) {
                same.add(new SupplierId(SupplierId.Kind.VAT, Siren.frenchVatOf(siren)));
            }
        }
        if (same.isEmpty()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        same.forEach(id -> terms.add("(i.kind = ? AND i.value = ?)"));
        sirens.forEach(siren -> terms.add("(i.kind = 'siret' AND i.value >= ? AND i.value < ?)"));
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id FROM supplier_identifiers i JOIN suppliers s ON s.id = i.supplier_id WHERE "
                + "(" + String.join(" OR ", terms) + ") AND s.id IS NOT ? ORDER BY s.position LIMIT 1")) {
            int p = 1;
            for (SupplierId id : same) {
                query.setString(p++, id.kind().key());
                query.setString(p++, id.value());
            }
            for (String siren : sirens) {
                query.setString(p++, siren);
                query.setString(p++, siren + ":");
            }
            query.setString(p, exceptId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The SIREN a French VAT number or a SIRET holds, or a SIREN itself. */
    private static Optional<String> sirenIn(SupplierId id) {
        return switch (id.kind()) {
            case SIREN -> Optional.of(id.value());
            case VAT -> Siren.sirenOfFrenchVat(id.value());
            case SIRET -> id.value().length() == 14 ? Optional.of(id.value().substring(0, 9)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String newId(Connection connection, Supplier supplier) throws SQLException {
        if (!supplier.ref().isEmpty()) {
            // The same register imported on two workstations makes the same suppliers.
            String id = UUID.nameUUIDFromBytes(("supplier ref " + supplier.ref()).getBytes(StandardCharsets.UTF_8)).toString();
            if (load(connection, id).isEmpty()) {
                return id;
            }
        }
        return newId(connection, supplier.identifiers());
    }

    /**
     * A supplier made from its VAT number, SIRET or SIREN gets an id drawn from it, the same on every
     * workstation: two workstations that register the same supplier apart make one supplier, not two.
     */
    private static String newId(Connection connection, List<SupplierId> identifiers) throws SQLException {
        Optional<SupplierId> strongest = identifiers.stream().filter(i -> i.kind().unique()).min(Comparator.comparing(SupplierId::kind));
        if (strongest.isPresent()) {
            String id = UUID.nameUUIDFromBytes(("supplier " + strongest.get().kind().key() + " " + strongest.get().value())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            if (load(connection, id).isEmpty()) {
                return id;
            }
        }
        return UUID.randomUUID().toString();
    }

    private static void insertIdentifiers(Connection connection, String supplierId, List<SupplierId> identifiers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO supplier_identifiers (supplier_id, kind, value) VALUES (?, ?, ?)")) {
            for (SupplierId id : identifiers) {
                insert.setString(1, supplierId);
                insert.setString(2, id.kind().key());
                insert.setString(3, id.value());
                insert.executeUpdate();
            }
        }
    }

    /** How one row of a child table is read. */
    interface Child<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The columns of a child table, of one parent or of every one
     * (onlyId null), by parent, in the order the query gives them.
     */
    static <T> Map<String, List<T>> children(Connection connection, String table, String parent, String columns, String onlyId,
                                             Child<T> child) throws SQLException {
        Map<String, List<T>> children = new HashMap<>();
        // Only when asked for one parent is there a condition: one that may be void keeps the index unused.
        String sql = "SELECT " + parent + ", " + columns + " FROM " + table + (onlyId == null ? "" : " WHERE " + parent + " = ?")
                + " ORDER BY " + parent + ", 2";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (onlyId != null) {
                query.setString(1, onlyId);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    children.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(child.read(row));
                }
            }
        }
        return children;
    }

    static Map<String, String> entries(List<Map.Entry<String, String>> entries) {
        Map<String, String> map = new HashMap<>();
        if (entries != null) {
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        }
        return map;
    }

    private static List<Supplier> load(Connection connection, String onlyId) throws SQLException {
        Map<String, Supplier> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, name, ref, email, street, postcode, city, country, currency, vat_rate, blocked
                FROM suppliers""" + (onlyId == null ? "" : " WHERE id = ?") + " ORDER BY position")) {
            if (onlyId != null) {
                query.setString(1, onlyId);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1), new Supplier(row.getString(1), row.getString(3), row.getString(2), List.of(), List.of(),
                            new Address(row.getString(5), row.getString(6), row.getString(7), row.getString(8)), row.getString(4),
                            row.getString(9), row.getString(10), row.getInt(11) == 1, Map.of()));
                }
            }
        }
        Map<String, List<SupplierId>> ids = children(connection, "supplier_identifiers", "supplier_id", "kind, value", onlyId,
                row -> new SupplierId(SupplierId.Kind.fromKey(row.getString(2)), row.getString(3)));
        Map<String, List<String>> keywords = children(connection, "supplier_keywords", "supplier_id", "keyword", onlyId,
                row -> row.getString(2));
        Map<String, List<Map.Entry<String, String>>> accounts = children(connection, "supplier_accounts", "supplier_id", "dossier_id, account", onlyId,
                row -> Map.entry(row.getString(2), row.getString(3)));
        List<Supplier> suppliers = new ArrayList<>(rows.size());
        for (Supplier s : rows.values()) {
            List<SupplierId> own = new ArrayList<>(ids.getOrDefault(s.id(), List.of()));
            own.sort(Comparator.comparing(SupplierId::kind));
            suppliers.add(new Supplier(s.id(), s.ref(), s.name(), own, keywords.getOrDefault(s.id(), List.of()), s.address(), s.email(),
                    s.currency(), s.vatRate(), s.blocked(), entries(accounts.get(s.id()))));
        }
        return suppliers;
    }
}
