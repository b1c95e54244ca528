package io.verifact.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.verifact.store.LocalStore;
import io.verifact.store.StoreException;
import io.verifact.sync.SharedDatabase;
import io.verifact.sync.SharedSettings;
import io.verifact.sync.SharedUnreachable;
import io.verifact.sync.Sync;
import io.verifact.sync.SyncReport;
import io.verifact.sync.SyncState;
import io.verifact.sync.SyncWorker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync}: a local store shares with the firm's PostgreSQL database, once or for as long as it runs. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Send this store's changes to the firm's shared database and take the other workstations' changes.",
                "The password comes from ~/.pgpass (or the file PGPASSFILE names), never from the command line."})
final class SyncCommand implements Callable<Integer> {

    private final PrintStream out;

    SyncCommand() {
        this(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }

    SyncCommand(PrintStream out) {
        this.out = out;
    }

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store (created when missing).")
    Path db;

    @Option(names = "--shared", required = true, paramLabel = "JDBC_URL",
            description = "The shared database, e.g. jdbc:postgresql://server:5432/verifact?sslmode=verify-full")
    String shared;

    @Option(names = "--user", paramLabel = "ROLE", description = "The database role of this workstation (default: as the URL or the system says).")
    String user;

    @Option(names = "--watch", description = "Keep sharing as changes are made, until stopped (for scanning stations).")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        SharedSettings settings;
        try {
            settings = new SharedSettings(shared, user, null);
        } catch (IllegalArgumentException e) {
            System.err.println("sync: " + e.getMessage());
            return Main.USAGE;
        }
        try (LocalStore store = LocalStore.open(db); SharedDatabase database = SharedDatabase.open(settings)) {
            if (watch) {
                return watch(store, database);
            }
            SyncReport report = new Sync(store, database).once();
            report.problems().forEach(problem -> System.err.println("sync: " + problem));
            out.printf("sync: %d sent, %d pulled, %d in conflict, %d refused, %d waiting%n",
                    report.sent(), report.pulled(), report.conflicts(), report.refused(), report.waiting());
            return report.refused() > 0 ? 2 : 0;
        } catch (SharedUnreachable e) {
            System.err.println("sync: " + e.getMessage());
            return 3;
        } catch (StoreException e) {
            System.err.println("sync: " + e.getMessage());
            return 3;
        }
    }

    private static int watch(LocalStore store, SharedDatabase database) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (SyncWorker worker = new SyncWorker(store, database, SyncCommand::say)) {
            // Stopped (Ctrl+C, a service stop): the exchange under way ends before the program does; what
            // waits stays in the outbox for the next start.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                worker.close();
                stopped.countDown();
            }, "verifact-sync-stop"));
            worker.start();
            stopped.await();
        }
        return 0;
    }

    private static void say(SyncState state) {
        String line = switch (state.connection()) {
            case ONLINE -> "online, " + state.waiting() + " changes waiting";
            case OFFLINE -> "offline, " + state.waiting() + " changes waiting: " + state.problem();
            case CONNECTING -> "connecting";
            case LOCAL_ONLY -> "local store only";
        };
        System.err.println("sync: " + line);
    }
}
