package io.verifact.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.Engine;
import io.verifact.model.InvoiceStatus;

class LocalStoreTest {

    @TempDir
    Path folder;

    @Test
    void aStoreReopenedAfterClosingKeepsEverything() throws Exception {
        Path file = folder.resolve("verifact.db");
        long id;
        byte[] original = Samples.file("kept");
        try (LocalStore store = LocalStore.open(file)) {
            id = store.documents().capture(Samples.sha256(original), "kept.pdf", "/scans/kept.pdf", original).documentId();
            store.pages().save(id, List.of(Samples.page(1, 40, Engine.TEXT)));
            store.recognitions().save(id, Samples.recognition("FA-1"), "alice");
            store.documents().setStatus(id, InvoiceStatus.VERIFIED, null);
        }

        try (LocalStore store = LocalStore.open(file)) {
            assertThat(store.documents().original(id)).isEqualTo(original);
            assertThat(store.documents().find(id)).get()
                    .extracting(StoredDocument::status, StoredDocument::pageCount)
                    .containsExactly(InvoiceStatus.VERIFIED, 1);
            assertThat(store.pages().load(id)).contains(List.of(Samples.page(1, 40, Engine.TEXT)));
            assertThat(store.recognitions().load(id)).contains(Samples.recognition("FA-1"));
            assertThat(store.audit().forDocument(id)).isNotEmpty();
        }
    }

    @Test
    void openingCreatesTheStoreAndItsFoldersInWalMode() throws Exception {
        Path file = folder.resolve("new/station 1/verifact.db");

        try (LocalStore store = LocalStore.open(file)) {
            assertThat(store.documents().list()).isEmpty();
        }

        assertThat(file).isRegularFile();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aCommandRunNextToAnOpenWorkstationSharesTheStore() {
        Path file = folder.resolve("verifact.db");
        try (LocalStore workstation = LocalStore.open(file); LocalStore command = LocalStore.open(file)) {
            long fromWorkstation = Samples.captured(workstation, "first");
            long fromCommand = Samples.captured(command, "second");
            command.documents().quarantine(fromWorkstation, "unreadable page 2");

            assertThat(workstation.documents().list()).extracting(StoredDocument::id)
                    .containsExactly(fromWorkstation, fromCommand);
            assertThat(workstation.documents().find(fromWorkstation)).get()
                    .extracting(StoredDocument::status).isEqualTo(InvoiceStatus.QUARANTINED);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAClearMessage() throws Exception {
        Path file = folder.resolve("invoice.db");
        Files.writeString(file, "This is a text file that someone named .db, and it is long enough to have a header.");

        assertThatThrownBy(() -> LocalStore.open(file))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.NOT_A_STORE))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a Verifact store");
        assertThat(Files.readString(file)).startsWith("This is a text file");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefused() throws Exception {
        Path file = folder.resolve("accounts.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ledger (account TEXT)");
        }

        assertThatThrownBy(() -> LocalStore.open(file))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.NOT_A_STORE))
                .hasMessageContaining("database of another program");
    }

    @Test
    void aStoreWrittenByANewerVerifactIsRefusedWithAClearMessage() throws Exception {
        Path file = folder.resolve("verifact.db");
        LocalStore.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO flyway_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    VALUES (99, '99', 'a later store', 'SQL', 'V99__a_later_store.sql', 1, 'verifact', 3, 1)""");
        }

        assertThatThrownBy(() -> LocalStore.open(file))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.NEWER_SCHEMA))
                .hasMessageContaining("newer version of Verifact")
                .hasMessageContaining("store version 99")
                .hasMessageContaining("Update Verifact");
    }

    @Test
    void aStoreInMemoryIsFreshAndPrivate() {
        try (LocalStore one = LocalStore.inMemory(); LocalStore other = LocalStore.inMemory()) {
            long id = Samples.captured(one, "only-here");
            one.pages().save(id, List.of(Samples.page(1, 3, Engine.TESSERACT)));

            assertThat(one.documents().list()).hasSize(1);
            assertThat(one.pages().load(id)).isPresent();
            assertThat(other.documents().list()).isEmpty();
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        LocalStore store = LocalStore.inMemory();
        store.close();

        assertThatThrownBy(() -> store.documents().list())
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CLOSED));
    }

    @Test
    void severalThreadsCaptureAtOnceWithoutLosingAny() throws Exception {
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"));
             ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<Long>> captures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "invoice-" + i;
                captures.add(threads.submit(() -> Samples.captured(store, name)));
            }
            for (Future<Long> capture : captures) {
                capture.get();
            }

            assertThat(store.documents().list()).hasSize(40);
        }
    }
}
