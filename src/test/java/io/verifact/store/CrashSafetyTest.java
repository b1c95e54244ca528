package io.verifact.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;

class CrashSafetyTest {

    @TempDir
    Path folder;

    @Test
    void pagesThatFailHalfWayLeaveThePreviousPagesIntact() {
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            long id = Samples.captured(store, "half-way");
            List<PageText> before = List.of(Samples.page(1, 50, Engine.TEXT), Samples.page(2, 50, Engine.TEXT));
            store.pages().save(id, before);
            int trail = store.audit().forDocument(id).size();
            // Two pages numbered 2: the second is refused after the old pages are gone and the first new one is in.
            List<PageText> broken = List.of(Samples.page(1, 80, Engine.TESSERACT), Samples.page(2, 80, Engine.TESSERACT),
                    Samples.page(2, 80, Engine.TESSERACT));

            assertThatThrownBy(() -> store.pages().save(id, broken))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.FAILED))
                    .hasMessageContaining("nothing was changed");

            assertThat(store.pages().load(id)).contains(before);
            assertThat(store.documents().find(id)).get().extracting(StoredDocument::pageCount).isEqualTo(2);
            assertThat(store.audit().forDocument(id)).hasSize(trail);
        }
    }

    @Test
    void aRecognitionThatFailsHalfWayLeavesThePreviousOneAndTheStatusIntact() {
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            long id = Samples.captured(store, "half-way");
            Recognition before = Samples.recognition("FA-1");
            store.recognitions().save(id, before, "ingest");
            store.documents().setStatus(id, InvoiceStatus.VERIFIED, null);
            int trail = store.audit().forDocument(id).size();
            Map<FieldKey, FieldValue> fields = new EnumMap<>(before.fields());
            fields.put(FieldKey.PO_NUMBER, new FieldValue(FieldKey.PO_NUMBER, null, Source.LAYOUT, 0.5, 1, null, List.of()));
            Recognition broken = new Recognition(fields, before.vatBreakdown(), before.lineItems(), before.checks());

            assertThatThrownBy(() -> store.recognitions().save(id, broken, "ingest")).isInstanceOf(StoreException.class);

            assertThat(store.recognitions().load(id)).contains(before);
            assertThat(store.documents().find(id)).get().extracting(StoredDocument::status).isEqualTo(InvoiceStatus.VERIFIED);
            assertThat(store.audit().forDocument(id)).hasSize(trail);
        }
    }

    @Test
    void aStationKilledWhileWritingKeepsEverythingItHadStored() throws Exception {
        Path file = folder.resolve("station.db");
        Process station = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WritingStation.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> stored = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && stored.size() < 10; line = out.readLine()) {
                if (line.startsWith(WritingStation.STORED)) {
                    stored.add(Long.parseLong(line.substring(WritingStation.STORED.length())));
                }
            }
        } finally {
            station.destroyForcibly();
            assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stored).as("invoices the station said it had stored").hasSize(10);

        try (LocalStore store = LocalStore.open(file)) {
            for (long id : stored) {
                assertThat(store.documents().find(id)).get().extracting(StoredDocument::status).isEqualTo(InvoiceStatus.RECOGNIZED);
                assertThat(store.pages().load(id).orElseThrow()).hasSize(2).allSatisfy(page -> assertThat(page.words()).hasSize(500));
                assertThat(store.recognitions().load(id)).isPresent();
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("ok");
        }
    }
}
