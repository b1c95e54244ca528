package io.verifact.app;

import io.verifact.Corpus;
import io.verifact.document.HostileFiles;
import io.verifact.model.FieldKey;
import io.verifact.model.InvoiceStatus;
import io.verifact.store.AuditEntry;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code ingest} as a scanning station runs it: in its own process, killed at any moment, run again. */
class IngestTest {

    private static final List<String> INVOICES = List.of(
            "BASIC_zugferd_2p0_BASIC_Rechnungskorrektur",
            "BASIC_zugferd_2p0_BASIC_Taxifahrt",
            "EN16931_zugferd_2p0_EN16931_Betriebskostenabrechnung",
            "EN16931_zugferd_2p0_EN16931_Innergemeinschaftliche_Lieferungen",
            "EN16931_zugferd_2p0_EN16931_Physiotherapeut",
            "EN16931_zugferd_2p0_EN16931_Rechnungskorrektur",
            "EXTENDED_zugferd_2p0_EXTENDED_InnergemeinschLieferungMehrereBestellungen",
            "EXTENDED_zugferd_2p0_EXTENDED_Kostenrechnung");

    @TempDir
    Path folder;

    @Test
    void anIngestKilledTwiceAndRunAgainLosesNothingAndCountsNothingTwice() throws Exception {
        Path batch = Files.createDirectories(folder.resolve("batch"));
        for (String invoice : INVOICES) {
            Files.copy(Corpus.bornDigital(invoice), batch.resolve(invoice + ".pdf"));
        }
        Path protectedPdf = HostileFiles.passwordProtected(batch);
        Path hugePng = HostileFiles.hugePng(batch);
        Path db = folder.resolve("station.db");

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            killAfterRecognizing(3, db, batch);
            killAfterRecognizing(2, db, batch);
            Run complete = Run.toTheEnd(db, batch);
            assertThat(complete.exitCode()).as("a batch with quarantined files").isEqualTo(2);
            assertThat(complete.summary()).contains("10 files").contains("2 quarantined").contains("0 duplicates");

            Run again = Run.toTheEnd(db, batch);
            assertThat(again.exitCode()).isZero();
            assertThat(again.summary()).isEqualTo("ingest: 10 files: 0 recognized, 10 already in the store, 0 duplicates, 0 quarantined");
        });

        try (LocalStore store = LocalStore.open(db)) {
            List<StoredDocument> documents = store.documents().list();
            assertThat(documents).as("one document per file").hasSize(10)
                    .extracting(StoredDocument::fileName).doesNotHaveDuplicates();
            assertThat(documents).as("each file captured once").allSatisfy(d -> assertThat(d.duplicates()).isZero());
            for (StoredDocument document : documents) {
                List<AuditEntry> trail = store.audit().forDocument(document.id());
                assertThat(count(trail, e -> e.action().equals("capture"))).as(document.fileName() + " captured").isEqualTo(1);
                assertThat(count(trail, e -> "status".equals(e.field()))).as(document.fileName() + " status changes").isEqualTo(1);
            }
            for (String invoice : INVOICES) {
                StoredDocument document = byName(documents, invoice + ".pdf");
                assertThat(document.status()).as(invoice).isEqualTo(InvoiceStatus.RECOGNIZED);
                assertThat(store.pages().load(document.id())).as(invoice + " pages").get().asList().isNotEmpty();
                assertThat(store.recognitions().load(document.id())).as(invoice + " fields").get()
                        .satisfies(r -> assertThat(r.fields()).containsKey(FieldKey.GROSS_TOTAL));
            }
            StoredDocument locked = byName(documents, protectedPdf.getFileName().toString());
            assertThat(locked.status()).isEqualTo(InvoiceStatus.QUARANTINED);
            assertThat(locked.statusReason()).contains("password");
            StoredDocument poster = byName(documents, hugePng.getFileName().toString());
            assertThat(poster.status()).isEqualTo(InvoiceStatus.QUARANTINED);
            assertThat(poster.statusReason()).contains("too large");
        }
    }

    @Test
    void anUnknownEngineIsNamedWithTheChoicesBeforeAnyStoreIsMade() {
        Path db = folder.resolve("new.db");
        StandardOutput.Run run = StandardOutput.run("ingest", "--db", db.toString(), "--engine", "guess", folder.toString());
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("Unknown engine 'guess'", "auto, text, tesseract or textract");
        assertThat(db).doesNotExist();
    }

    @Test
    void theSameFileUnderTwoNamesInOneBatchIsOneDocumentFlaggedDuplicate() throws Exception {
        Path batch = Files.createDirectories(folder.resolve("batch"));
        Path invoice = Corpus.bornDigital("EN16931_zugferd_2p0_EN16931_Physiotherapeut");
        Files.copy(invoice, batch.resolve("a-physio.pdf"));
        Files.copy(invoice, batch.resolve("b-physio-copy.pdf"));
        Path db = folder.resolve("station.db");

        int exitCode = new CommandLine(new VerifactCommand()).execute("ingest", "--db", db.toString(), batch.toString());

        assertThat(exitCode).isZero();
        try (LocalStore store = LocalStore.open(db)) {
            assertThat(store.documents().list()).singleElement().satisfies(document -> {
                assertThat(document.fileName()).isEqualTo("a-physio.pdf");
                assertThat(document.duplicate()).isTrue();
                assertThat(document.duplicates()).isEqualTo(1);
                assertThat(document.status()).isEqualTo(InvoiceStatus.RECOGNIZED);
            });
        }
    }

    /** Starts the station, waits until it has recognized that many more files, and kills it without warning. */
    private static void killAfterRecognizing(int files, Path db, Path batch) throws Exception {
        Process station = Run.start(db, batch);
        int recognized = 0;
        try (BufferedReader progress = station.errorReader(StandardCharsets.UTF_8)) {
            for (String line = progress.readLine(); line != null && recognized < files; line = progress.readLine()) {
                if (line.endsWith(": recognized")) {
                    recognized++;
                }
            }
        } finally {
            station.destroyForcibly();
            assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(recognized).as("files recognized before the kill").isEqualTo(files);
    }

    private static StoredDocument byName(List<StoredDocument> documents, String fileName) {
        return documents.stream().filter(d -> d.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " is not in the store"));
    }

    private static long count(List<AuditEntry> trail, Predicate<AuditEntry> which) {
        return trail.stream().filter(which).count();
    }

    /** One run of {@code java … ingest} in a process of its own, as a scanning station starts it. */
    private record Run(int exitCode, List<String> progress) {

        static Process start(Path db, Path batch) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            return new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "ingest", "--db", db.toString(), batch.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        }

        static Run toTheEnd(Path db, Path batch) throws Exception {
            Process station = start(db, batch);
            List<String> lines = new ArrayList<>();
            try (BufferedReader progress = station.errorReader(StandardCharsets.UTF_8)) {
                progress.lines().forEach(lines::add);
            }
            assertThat(station.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(station.exitValue(), lines);
        }

        String summary() {
            return progress.stream().filter(l -> l.startsWith("ingest: ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no summary in:\n" + progress.stream().collect(Collectors.joining("\n"))));
        }
    }
}
