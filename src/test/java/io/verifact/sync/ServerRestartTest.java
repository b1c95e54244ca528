package io.verifact.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.InvoiceStatus;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;

/**
 * The firm's PostgreSQL stops dead in the middle of a workstation's push, and starts again: what was
 * sent arrives once, what was not is sent after, and nothing is lost or doubled. A cluster of the test's
 * own is stopped, never the machine's.
 */
class ServerRestartTest {

    private static final int INVOICES = 500;

    @TempDir
    Path folder;

    private PrivatePostgres cluster;
    private SharedDatabase shared;

    @BeforeEach
    void start() {
        cluster = PrivatePostgres.create();
        shared = SharedDatabase.open(cluster.database("verifact"));
    }

    @AfterEach
    void stop() {
        if (shared != null) {
            shared.close();
        }
        cluster.close();
    }

    @Test
    @Timeout(120)
    void a_push_of_500_validated_invoices_cut_by_a_server_crash_arrives_exactly_once() throws Exception {
        Map<String, Integer> localAudit = new HashMap<>();
        try (LocalStore a = LocalStore.open(folder.resolve("a.verifact"))) {
            for (int i = 0; i < INVOICES; i++) {
                long id = SyncTest.invoice(a, "FR-" + i, (100 + i) + ".00");
                a.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
                localAudit.put(a.documents().find(id).orElseThrow().sha256(), a.audit().forDocument(id).size());
            }
            new Sync(a, shared).server(); // the tables prepared before the clock starts

            int atCrash;
            try (SyncWorker worker = new SyncWorker(a, shared, state -> { }).start()) {
                atCrash = waitForSome();
                cluster.crash();
                int waitingAfterCrash = a.outbox().waiting();
                cluster.start();
                assertThat(atCrash).as("the crash came in the middle of the push").isBetween(1, INVOICES - 1);
                assertThat(waitingAfterCrash).as("some invoices were still to be sent when the server went down").isPositive();
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (a.outbox().waiting() > 0 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
            }

            assertThat(a.outbox().waiting()).as("the workstation's outbox after the server came back").isZero();
            try (Connection admin = cluster.admin("verifact"); Statement statement = admin.createStatement()) {
                try (ResultSet row = statement.executeQuery(
                        "SELECT count(*), count(DISTINCT sha256), count(*) FILTER (WHERE status = 'VERIFIED') FROM invoices")) {
                    row.next();
                    assertThat(row.getInt(1)).isEqualTo(INVOICES);
                    assertThat(row.getInt(2)).isEqualTo(INVOICES);
                    assertThat(row.getInt(3)).isEqualTo(INVOICES);
                }
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM originals")) {
                    row.next();
                    assertThat(row.getInt(1)).isEqualTo(INVOICES);
                }
                assertThat(serverAudit(statement)).as("audit entries per invoice on the server").isEqualTo(localAudit);
            }
        }

        try (LocalStore b = LocalStore.open(folder.resolve("b.verifact"))) {
            SyncReport pulled = new Sync(b, shared).once();
            assertThat(pulled.pulled()).isEqualTo(INVOICES);
            assertThat(b.documents().list()).hasSize(INVOICES)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(InvoiceStatus.VERIFIED))
                    .extracting(StoredDocument::sha256).containsExactlyInAnyOrderElementsOf(localAudit.keySet());
            for (StoredDocument d : b.documents().list()) {
                assertThat(b.audit().forDocument(d.id())).hasSize(localAudit.get(d.sha256()));
            }
        }
    }

    /** Waits until the server holds some of the invoices, and says how many. */
    private int waitForSome() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection admin = cluster.admin("verifact"); Statement statement = admin.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) FROM invoices")) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return row.getInt(1);
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError("nothing reached the server in 60 s");
    }

    private static Map<String, Integer> serverAudit(Statement statement) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet row = statement.executeQuery("SELECT sha256, count(*) FROM audit GROUP BY sha256")) {
            while (row.next()) {
                counts.put(row.getString(1), row.getInt(2));
            }
        }
        return counts;
    }
}
