package io.verifact.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The local store of one workstation or scanning station: a SQLite file, or a private store in memory.
 * Safe to share between a few threads; each public write is one transaction, durable when it returns.
 */
public final class LocalStore implements AutoCloseable {

    // Long enough to outwait a batch's transaction in a CLI run next to an open workstation.
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Database database;
    private final Documents documents;
    private final Pages pages;
    private final Recognitions recognitions;
    private final Audit audit;
    private final Suppliers suppliers;
    private final Masks masks;
    private final CustomFields customFields;
    private final Dossiers dossiers;
    private final Outbox outbox;
    private final Replica replica;

    private LocalStore(Database database) {
        this.database = database;
        StoreClock clock = new StoreClock(Clock.systemUTC());
        this.audit = new Audit(database, clock);
        // Captures and status changes are made by whoever runs this program, workstation or CLI.
        this.documents = new Documents(database, clock, audit, System.getProperty("user.name", "verifact"));
        this.pages = new Pages(database, audit, documents);
        this.recognitions = new Recognitions(database, clock, audit, documents);
        this.suppliers = new Suppliers(database, clock);
        this.masks = new Masks(database, clock);
        this.customFields = new CustomFields(database, clock);
        this.dossiers = new Dossiers(database, clock);
        this.outbox = new Outbox(database, clock);
        this.replica = new Replica(database);
    }

    /** Opens the store file, creating it and its folders when missing, and brings its tables up to date. */
    public static LocalStore open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.toString();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN,
                    "The folder of the local store " + name + " cannot be created. Check that it may be written to.", e);
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN,
                    name + " is a folder; the local store is a file. Choose a file name.");
        }
        return connect("jdbc:sqlite:" + absolute, name);
    }

    /** A fresh store of its own, in memory: nothing on disk, gone when closed. */
    public static LocalStore inMemory() {
        // Named and shared-cache so that the migration's connections reach it; private by its random name.
        return connect("jdbc:sqlite:file:verifact-" + UUID.randomUUID() + "?mode=memory&cache=shared", "in memory");
    }

    private static LocalStore connect(String url, String name) {
        SQLiteDataSource source = new SQLiteDataSource(settings());
        source.setUrl(url);
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw Database.failure(e, name);
        }
        Database database = new Database(connection, name);
        try {
            Schema.migrate(source, name);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new LocalStore(database);
    }

    // WAL lets a CLI run read and write next to an open workstation. synchronous=FULL because an
    // acknowledged change must survive a power cut, not only a crash of the program: NORMAL in WAL mode
    // may lose the last commits on power loss. The cost is one fsync per transaction, and our
    // transactions are per document, not per word.
    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    /**
     * A number that changes whenever another program (a command-line {@code ingest}, another window)
     * commits to this store, or another workstation's change is written into it: compare it with an
     * earlier reading to know whether to look again.
     */
    public long changesByOthers() {
        long byOtherPrograms = database.read(connection -> {
            try (java.sql.Statement query = connection.createStatement();
                 java.sql.ResultSet row = query.executeQuery("PRAGMA data_version")) {
                row.next();
                return row.getLong(1);
            }
        });
        // data_version counts other connections' commits only; the shared database's arrive on this one.
        return byOtherPrograms + replica.written();
    }

    public Documents documents() {
        return documents;
    }

    public Pages pages() {
        return pages;
    }

    public Recognitions recognitions() {
        return recognitions;
    }

    public Suppliers suppliers() {
        return suppliers;
    }

    public Masks masks() {
        return masks;
    }

    public CustomFields customFields() {
        return customFields;
    }

    public Dossiers dossiers() {
        return dossiers;
    }

    /** What this workstation changed and has not yet given to the firm's database. */
    public Outbox outbox() {
        return outbox;
    }

    /** Where what other workstations shared is written in. */
    public Replica replica() {
        return replica;
    }

    public Audit audit() {
        return audit;
    }

    @Override
    public void close() {
        database.close();
    }
}
