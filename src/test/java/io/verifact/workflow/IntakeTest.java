package io.verifact.workflow;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.TextPdf;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.InvoiceStatus;
import io.verifact.ocr.StallingEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import io.verifact.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Files handed over by an operator: folders opened, progress told, and a stop, between two files or during one. */
class IntakeTest {

    @TempDir
    Path folder;

    @Test
    void aFolderGivesItsInvoiceFilesInNameOrderSubfoldersIncluded() throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox/march"));
        Files.writeString(folder.resolve("inbox/b.pdf"), "x");
        Files.writeString(folder.resolve("inbox/a.PNG"), "x");
        Files.writeString(folder.resolve("inbox/notes.txt"), "x");
        Files.writeString(inbox.resolve("c.tiff"), "x");

        assertThat(Intake.files(List.of(folder.resolve("inbox")))).extracting(p -> folder.resolve("inbox").relativize(p).toString())
                .containsExactly("a.PNG", "b.pdf", "march/c.tiff");
    }

    @Test
    void progressIsToldForEachFileAndAStopTakesEffectBetweenTwoFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = folder.resolve("invoice-" + i + ".pdf");
            Files.write(file, TextPdf.pages(1, TextPdf.INVOICE_WORDS.subList(0, i + 2)));
            files.add(file);
        }
        Intake.Stop stop = new Intake.Stop();
        List<String> told = new ArrayList<>();
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            Documents documents = new Documents(Limits.DEFAULT);
            Clock clock = Clock.systemUTC();
            Intake intake = new Intake(new Ingest(store, documents, new Recognizer(documents, new TextLayerEngine(), new FieldExtractor(clock), clock)));

            Intake.Batch batch = intake.take(files, new Intake.Progress() {
                @Override
                public void reading(Path file, int done, int total) {
                    told.add("reading " + file.getFileName() + " " + done + "/" + total);
                }

                @Override
                public void read(Ingest.Report report, int done, int total) {
                    told.add("read " + done + "/" + total);
                    if (done == 2) {
                        stop.stop();
                    }
                }
            }, stop);

            assertThat(batch.reports()).hasSize(2).allSatisfy(r -> assertThat(r.result()).isEqualTo(Ingest.Result.RECOGNIZED));
            assertThat(batch.stopped()).isTrue();
            assertThat(batch.unread()).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).as("the stop ends with the batch").isFalse();
            assertThat(told).containsExactly("reading invoice-1.pdf 0/3", "read 1/3", "reading invoice-2.pdf 1/3", "read 2/3");
            assertThat(store.documents().list()).hasSize(2);
        }
    }

    @Test
    void aStopLeavesTheFileBeingReadUnreadNotQuarantinedAndItIsReadWhenTakenAgain() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = folder.resolve("invoice-" + i + ".pdf");
            Files.write(file, TextPdf.pages(3, TextPdf.INVOICE_WORDS.subList(0, i + 2)));
            files.add(file);
        }
        // The second page of the second file takes as long as a long OCR.
        StallingEngine engine = new StallingEngine(5);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            Documents documents = new Documents(Limits.DEFAULT);
            Clock clock = Clock.systemUTC();
            Intake intake = new Intake(new Ingest(store, documents, new Recognizer(documents, engine, new FieldExtractor(clock), clock)));
            Intake.Stop stop = new Intake.Stop();

            Future<Intake.Batch> reading = reader.submit(() -> intake.take(files, silent(), stop));
            assertThat(engine.stalls(Duration.ofSeconds(30))).isTrue();
            stop.stop();
            Intake.Batch batch = reading.get(10, TimeUnit.SECONDS);

            assertThat(batch.stopped()).isTrue();
            assertThat(batch.reports()).singleElement().extracting(Ingest.Report::result).isEqualTo(Ingest.Result.RECOGNIZED);
            assertThat(batch.unread()).isEqualTo(2);
            assertThat(store.documents().list()).extracting(StoredDocument::fileName, StoredDocument::status).containsExactly(
                    tuple("invoice-1.pdf", InvoiceStatus.RECOGNIZED), tuple("invoice-2.pdf", InvoiceStatus.NEW));

            engine.letGo();
            Intake.Batch again = reader.submit(() -> intake.take(files, silent(), new Intake.Stop())).get(30, TimeUnit.SECONDS);

            assertThat(again.stopped()).isFalse();
            assertThat(again.reports()).extracting(Ingest.Report::result).containsExactly(
                    Ingest.Result.ALREADY_IN_STORE, Ingest.Result.RECOGNIZED, Ingest.Result.RECOGNIZED);
        } finally {
            reader.shutdownNow();
            engine.close();
        }
    }

    private static Intake.Progress silent() {
        return new Intake.Progress() {
            @Override
            public void reading(Path file, int done, int total) {
            }

            @Override
            public void read(Ingest.Report report, int done, int total) {
            }
        };
    }
}
