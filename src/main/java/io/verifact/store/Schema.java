package io.verifact.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Brings a store file to the tables this version knows, and refuses files it does not understand. */
final class Schema {

    private static final EnumSet<MigrationState> FUTURE = EnumSet.of(MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);

    private Schema() {
    }

    static void migrate(DataSource source, String name) {
        Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(source)
                .locations("classpath:db/local")
                .failOnMissingLocations(true)
                .load();
        try {
            MigrationInfoService found = flyway.info();
            refuseForeign(found, source, name);
            refuseNewer(found, name);
            flyway.migrate();
        } catch (FlywayException e) {
            throw sqlCause(e).map(sql -> Database.failure(sql, name)).orElseGet(() -> new StoreException(
                    StoreException.Problem.FAILED, "The local store " + name + " could not be prepared: " + e.getMessage(), e));
        }
    }

    // Flyway would refuse too, but with a message meant for a developer. Its own history table does not
    // count: a first migration cut short leaves it behind in an otherwise empty file.
    private static void refuseForeign(MigrationInfoService found, DataSource source, String name) {
        if (found.current() == null && hasTables(source, name)) {
            throw new StoreException(StoreException.Problem.NOT_A_STORE, name
                    + " is a database of another program, not a Verifact store. Choose another file or a new one.");
        }
    }

    private static void refuseNewer(MigrationInfoService found, String name) {
        Optional<MigrationInfo> newest = Arrays.stream(found.applied())
                .filter(migration -> FUTURE.contains(migration.getState()))
                .reduce((first, second) -> second);
        if (newest.isPresent()) {
            throw new StoreException(StoreException.Problem.NEWER_SCHEMA, "The local store " + name
                    + " was written by a newer version of Verifact (store version " + newest.get().getVersion()
                    + "; this version knows up to " + latestKnown(found) + "). Update Verifact to open it.");
        }
    }

    private static String latestKnown(MigrationInfoService found) {
        return Arrays.stream(found.all())
                .filter(migration -> !FUTURE.contains(migration.getState()) && migration.getVersion() != null)
                .map(migration -> migration.getVersion().getVersion())
                .reduce((first, second) -> second)
                .orElse("none");
    }

    private static boolean hasTables(DataSource source, String name) {
        try (Connection connection = source.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT count(*) FROM sqlite_schema
                     WHERE type = 'table' AND name <> 'flyway_schema_history'""")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw Database.failure(e, name);
        }
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
