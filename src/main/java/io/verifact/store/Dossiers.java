package io.verifact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.verifact.model.Dossier;

/** The firm's client files; every invoice may be put into one. */
public final class Dossiers {

    private final Database database;
    private final StoreClock clock;

    Dossiers(Database database, StoreClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every client file, by name. */
    public List<Dossier> all() {
        return database.read(connection -> query(connection, "SELECT id, name FROM dossiers ORDER BY name", null));
    }

    public Optional<Dossier> find(String id) {
        return database.read(connection -> query(connection, "SELECT id, name FROM dossiers WHERE id = ?", id).stream().findFirst());
    }

    /** The client file of that name, made when there is none yet. */
    public Dossier named(String name, String actor) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A client file needs a name.");
        }
        return database.write(connection -> {
            List<Dossier> found = query(connection, "SELECT id, name FROM dossiers WHERE name = ?", trimmed);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dossiers (id, name, created_at, created_by) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, trimmed);
                insert.setString(3, clock.now());
                insert.setString(4, actor);
                insert.executeUpdate();
            }
            return new Dossier(id, trimmed);
        });
    }

    /** The client file the document belongs to, if it was put into one. */
    public Optional<Dossier> of(long documentId) {
        return database.read(connection -> query(connection,
                "SELECT f.id, f.name FROM dossiers f JOIN documents d ON d.dossier_id = f.id WHERE d.id = ?", documentId)
                .stream().findFirst());
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

    private static List<Dossier> query(Connection connection, String sql, Object parameter) throws SQLException {
        List<Dossier> dossiers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    dossiers.add(new Dossier(row.getString(1), row.getString(2)));
                }
            }
        }
        return dossiers;
    }
}
