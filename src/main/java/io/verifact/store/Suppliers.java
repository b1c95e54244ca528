package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /**
     * Adds a supplier at the end of the register. When a supplier already has one of these VAT
     * numbers, SIRETs or SIRENs, no second one is made: that supplier is returned, with the new
     * identifiers added.
     */
    public Supplier create(String name, List<SupplierId> identifiers, String actor) {
        return database.write(connection -> {
            for (SupplierId id : identifiers) {
                if (id.kind() == SupplierId.Kind.IBAN) {
                    continue;
                }
                Optional<String> existing = owner(connection, id);
                if (existing.isPresent()) {
                    insertIdentifiers(connection, existing.get(), identifiers);
                    return load(connection, existing.get()).getFirst();
                }
            }
            String id = newId(connection, identifiers);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO suppliers (id, position, name, created_at, created_by)
                    VALUES (?, (SELECT ifnull(max(position), 0) + 1 FROM suppliers), ?, ?, ?)""")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setString(3, clock.now());
                insert.setString(4, actor);
                insert.executeUpdate();
            }
            insertIdentifiers(connection, id, identifiers);
            return load(connection, id).getFirst();
        });
    }

    /** Adds identifiers the supplier was seen with (a new IBAN); those it has already are left as they are. */
    public Supplier learn(String supplierId, List<SupplierId> identifiers) {
        return database.write(connection -> {
            insertIdentifiers(connection, supplierId, identifiers);
            return load(connection, supplierId).stream().findFirst().orElseThrow(() -> new StoreException(
                    StoreException.Problem.UNKNOWN_DOCUMENT, "No supplier " + supplierId + " in the register."));
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

    private static Optional<String> owner(Connection connection, SupplierId id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.supplier_id FROM supplier_identifiers i JOIN suppliers s ON s.id = i.supplier_id
                WHERE i.kind = ? AND i.value = ? ORDER BY s.position LIMIT 1""")) {
            query.setString(1, id.kind().key());
            query.setString(2, id.value());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * A supplier made from its VAT number, SIRET or SIREN gets an id drawn from it, the same on every
     * workstation: two workstations that register the same supplier apart make one supplier, not two.
     */
    private static String newId(Connection connection, List<SupplierId> identifiers) throws SQLException {
        Optional<SupplierId> strongest = identifiers.stream().filter(i -> i.kind() != SupplierId.Kind.IBAN)
                .min(java.util.Comparator.comparing(SupplierId::kind));
        if (strongest.isPresent()) {
            String id = UUID.nameUUIDFromBytes(("supplier " + strongest.get().kind().key() + " " + strongest.get().value())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
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

    private static List<Supplier> load(Connection connection, String onlyId) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name FROM suppliers WHERE ? IS NULL OR id = ? ORDER BY position")) {
            query.setString(1, onlyId);
            query.setString(2, onlyId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    names.put(row.getString(1), row.getString(2));
                }
            }
        }
        Map<String, List<SupplierId>> ids = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT supplier_id, kind, value FROM supplier_identifiers WHERE ? IS NULL OR supplier_id = ?")) {
            query.setString(1, onlyId);
            query.setString(2, onlyId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new SupplierId(SupplierId.Kind.fromKey(row.getString(2)), row.getString(3)));
                }
            }
        }
        List<Supplier> suppliers = new ArrayList<>();
        names.forEach((id, name) -> {
            List<SupplierId> own = new ArrayList<>(ids.getOrDefault(id, List.of()));
            own.sort(java.util.Comparator.comparing(SupplierId::kind));
            suppliers.add(new Supplier(id, name, own));
        });
        return suppliers;
    }
}
