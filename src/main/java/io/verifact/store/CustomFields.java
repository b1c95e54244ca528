package io.verifact.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.verifact.model.CustomField;

/** The fields operators added beyond the standard ones, for one supplier or for all. */
public final class CustomFields {

    private final Database database;
    private final StoreClock clock;

    CustomFields(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every custom field, those for all suppliers first, in the order they were added. */
    public List<CustomField> all() {
        return database.read(connection -> {
            List<CustomField> fields = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT name, kind, supplier_id FROM custom_fields ORDER BY supplier_id IS NOT NULL, rowid");
                 ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    fields.add(new CustomField(row.getString(1), CustomField.kind(row.getString(2)), row.getString(3)));
                }
            }
            return fields;
        });
    }

    /** Adds the field; adding one that is already there changes nothing. */
    public CustomField add(CustomField field, String actor) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO custom_fields (name, kind, supplier_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                insert.setString(1, field.name());
                insert.setString(2, field.kind().name().toLowerCase(Locale.ROOT));
                insert.setString(3, field.supplierId());
                insert.setString(4, clock.now());
                insert.setString(5, actor);
                insert.executeUpdate();
            }
            return field;
        });
    }
}
