package io.verifact.app;

import static io.verifact.app.StandardOutput.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.InvoiceStatus;
import io.verifact.store.LocalStore;
import io.verifact.sync.ScratchDatabase;

/** {@code sync} as a scanning station's script runs it: once, saying what moved, with an exit code to act on. */
class SyncCommandTest {

    @TempDir
    Path folder;

    private ScratchDatabase database;

    @BeforeEach
    void create() {
        database = new ScratchDatabase();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStationSendsItsValidatedInvoiceAndAnotherTakesIt() {
        Path station = folder.resolve("station.verifact");
        try (LocalStore store = LocalStore.open(station)) {
            byte[] bytes = "%PDF-1.7 scanned at the station".getBytes(StandardCharsets.UTF_8);
            long id = store.documents().capture(sha256(bytes), "scan-1.pdf", "/scans/scan-1.pdf", bytes).documentId();
            store.documents().decide(id, InvoiceStatus.VERIFIED, null, "validate");
        }

        StandardOutput.Run sent = run("sync", "--db", station.toString(), "--shared", database.url(), "--user", database.admin());
        StandardOutput.Run taken = run("sync", "--db", folder.resolve("desk.verifact").toString(), "--shared", database.url(),
                "--user", database.admin());

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("1 sent", "0 waiting");
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("0 sent", "1 pulled");
        try (LocalStore desk = LocalStore.open(folder.resolve("desk.verifact"))) {
            assertThat(desk.documents().list()).singleElement().satisfies(d -> {
                assertThat(d.fileName()).isEqualTo("scan-1.pdf");
                assertThat(d.status()).isEqualTo(InvoiceStatus.VERIFIED);
            });
        }
    }

    @Test
    void anUnreachableDatabaseSaysSoAndTheChangesWait() {
        StandardOutput.Run offline = syncOneWaitingInvoiceWith("jdbc:postgresql://127.0.0.1:9/verifact");

        assertThat(offline.exitCode()).isEqualTo(3);
        assertThat(offline.err()).contains("cannot be reached");
    }

    /** A station with one invoice captured runs {@code sync} against {@code url}, and the invoice still waits after. */
    private StandardOutput.Run syncOneWaitingInvoiceWith(String url) {
        Path station = folder.resolve("station.verifact");
        try (LocalStore store = LocalStore.open(station)) {
            byte[] bytes = {1, 2, 3};
            store.documents().capture(sha256(bytes), "scan-2.pdf", "/scans/scan-2.pdf", bytes);
        }

        StandardOutput.Run run = run("sync", "--db", station.toString(), "--shared", url);

        try (LocalStore store = LocalStore.open(station)) {
            assertThat(store.outbox().waiting()).isEqualTo(1);
        }
        return run;
    }

    @Test
    void aUrlThatIsNotPostgresIsAMistypedCommandLine() {
        StandardOutput.Run wrong = run("sync", "--db", folder.resolve("x.verifact").toString(), "--shared", "postgres://server/verifact");

        assertThat(wrong.exitCode()).isEqualTo(Main.USAGE);
        assertThat(wrong.err()).contains("jdbc:postgresql://");
    }

    @Test
    void anAddressTheDriverCannotReadSaysSoAndTheChangesWait() {
        StandardOutput.Run typo = syncOneWaitingInvoiceWith("jdbc:postgresql://server:54x2/verifact");

        assertThat(typo.exitCode()).as(typo.err()).isEqualTo(3);
        assertThat(typo.err()).contains("cannot be read by the PostgreSQL driver").doesNotContain("Exception");
    }
}
