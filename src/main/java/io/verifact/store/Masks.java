package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.verifact.model.LayoutPrint;
import io.verifact.model.Mask;
import io.verifact.model.MaskChange;
import io.verifact.model.Zone;

/**
 * Suppliers' masks, each with its whole history: every change is a new version holding all its zones,
 * written together with the mask in one transaction, so any version can be restored.
 */
public final class Masks {

    private static final Logger log = LoggerFactory.getLogger(Masks.class);

    private final Database database;
    private final StoreClock clock;

    Masks(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a change to a mask is about. */
    public record Change(String actor, String action, String field, String invoice) {
    }

    /** Every mask in use (not deleted), of every supplier. */
    public List<Mask> all() {
        return database.read(connection -> query(connection, "SELECT * FROM masks WHERE deleted = 0 ORDER BY supplier_id, rowid", null));
    }

    /** Every deleted mask, whose history can still bring it back. */
    public List<Mask> outOfUse() {
        return database.read(connection -> query(connection, "SELECT * FROM masks WHERE deleted = 1 ORDER BY supplier_id, rowid", null));
    }

    /** The supplier's masks in use, oldest first. */
    public List<Mask> ofSupplier(String supplierId) {
        return database.read(connection -> query(connection,
                "SELECT * FROM masks WHERE deleted = 0 AND supplier_id = ? ORDER BY rowid", supplierId));
    }

    /** The mask as it stands now, deleted or not. */
    public Optional<Mask> find(String maskId) {
        return database.read(connection -> query(connection, "SELECT * FROM masks WHERE id = ?", maskId).stream().findFirst());
    }

    /** Whether the mask was deleted. */
    public boolean deleted(String maskId) {
        return database.read(connection -> {
            try (PreparedStatement q = connection.prepareStatement("SELECT deleted FROM masks WHERE id = ?")) {
                q.setString(1, maskId);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() && row.getInt(1) == 1;
                }
            }
        });
    }

    /** Starts a supplier's new mask with its first version. */
    public Mask create(String supplierId, LayoutPrint print, List<Zone> zones, String taughtOn, Change change) {
        return database.write(connection -> {
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO masks (id, supplier_id, version, print, zones, taught_on, deleted, updated_at)
                    VALUES (?, ?, 0, ?, ?, ?, 0, ?)""")) {
                insert.setString(1, id);
                insert.setString(2, supplierId);
                insert.setString(3, MaskJson.print(print));
                insert.setString(4, MaskJson.zones(zones));
                insert.setString(5, taughtOn);
                insert.setString(6, clock.now());
                insert.executeUpdate();
            }
            return version(connection, id, 0, print, zones, taughtOn, false, change);
        });
    }

    /**
     * The mask's next version with this zone, in place of any zone of the same field: the zones are
     * those of the mask as it stands when written, so a zone another workstation taught a moment
     * before is kept.
     */
    public Mask teach(String maskId, Zone zone, String taughtOn, Change change) {
        return database.write(connection -> {
            Mask mask = current(connection, maskId);
            return version(connection, maskId, mask.version(), mask.print(), mask.zonesWith(zone), taughtOn, false, change);
        });
    }

    /** Takes the mask out of use; its history stays, and an earlier version can bring it back. */
    public void delete(String maskId, String actor) {
        database.write(connection -> {
            Mask mask = current(connection, maskId);
            return version(connection, maskId, mask.version(), mask.print(), mask.zones(), mask.taughtOn(), true,
                    new Change(actor, "delete", null, null));
        });
    }

    /** Makes an earlier version the current one again, as a new version, so nothing in the history is lost. */
    public Mask restore(String maskId, int version, String actor) {
        return database.write(connection -> {
            MaskChange earlier = history(connection, maskId).stream().filter(c -> c.version() == version).findFirst()
                    .orElseThrow(() -> new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT,
                            "Mask " + maskId + " has no version " + version + "."));
            Mask now = current(connection, maskId);
            // A version that names no invoice (a deletion) keeps the invoice the mask was last taught on.
            String taughtOn = earlier.invoice() != null ? earlier.invoice() : now.taughtOn();
            return version(connection, maskId, now.version(), earlier.print(), earlier.zones(), taughtOn, false,
                    new Change(actor, "restore", "version " + version, taughtOn));
        });
    }

    /** Every version of the mask, oldest first. */
    public List<MaskChange> history(String maskId) {
        return database.read(connection -> history(connection, maskId));
    }

    /** Writes the version after {@code before}, the mask's version as it stands, and returns the mask as it now is. */
    private Mask version(Connection connection, String maskId, int before, LayoutPrint print, List<Zone> zones, String taughtOn,
                         boolean deleted, Change change) throws SQLException {
        int version = before + 1;
        String now = clock.now();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE masks SET version = ?, print = ?, zones = ?, taught_on = ?, deleted = ?, updated_at = ? WHERE id = ?")) {
            update.setInt(1, version);
            update.setString(2, MaskJson.print(print));
            update.setString(3, MaskJson.zones(zones));
            update.setString(4, taughtOn);
            update.setInt(5, deleted ? 1 : 0);
            update.setString(6, now);
            update.setString(7, maskId);
            update.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO mask_versions (mask_id, version, at, actor, action, field, invoice, zones, print, gid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, maskId);
            insert.setInt(2, version);
            insert.setString(3, now);
            insert.setString(4, change.actor());
            insert.setString(5, change.action());
            insert.setString(6, change.field());
            insert.setString(7, change.invoice());
            insert.setString(8, MaskJson.zones(zones));
            insert.setString(9, MaskJson.print(print));
            insert.setString(10, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
        return current(connection, maskId);
    }

    private static Mask current(Connection connection, String maskId) throws SQLException {
        return query(connection, "SELECT * FROM masks WHERE id = ?", maskId).stream().findFirst()
                .orElseThrow(() -> new StoreException(StoreException.Problem.UNKNOWN_DOCUMENT, "There is no mask " + maskId + "."));
    }

    private static List<MaskChange> history(Connection connection, String maskId) throws SQLException {
        List<MaskChange> changes = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT * FROM mask_versions WHERE mask_id = ? ORDER BY version")) {
            q.setString(1, maskId);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    changes.add(new MaskChange(maskId, row.getInt("version"), StoreClock.parse(row.getString("at")),
                            row.getString("actor"), row.getString("action"), row.getString("field"), row.getString("invoice"),
                            MaskJson.zones(row.getString("zones")), MaskJson.print(row.getString("print"))));
                }
            }
        }
        return changes;
    }

    private static List<Mask> query(Connection connection, String sql, String parameter) throws SQLException {
        List<Mask> masks = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    try {
                        masks.add(new Mask(row.getString("id"), row.getString("supplier_id"), row.getInt("version"),
                                MaskJson.print(row.getString("print")), MaskJson.zones(row.getString("zones")), row.getString("taught_on")));
                    } catch (MaskJson.Unreadable e) {
                        // Invoices still read without it, and it is never written over: a newer Verifact keeps it whole.
                        log.warn("Mask {} is left out: it was written by a newer Verifact or is damaged ({})", row.getString("id"), e.getMessage());
                    }
                }
            }
        }
        return masks;
    }
}
