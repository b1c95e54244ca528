package io.verifact.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verifact.document.Documents;
import io.verifact.document.Fingerprint;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.FieldKey;
import io.verifact.model.PageText;
import io.verifact.model.Word;
import io.verifact.document.Pictures;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file, with and without the pages a store already holds. */
class RecognizerTest {

    @TempDir
    Path folder;

    private final Recognizer recognizer = new Recognizer(new Documents(Limits.DEFAULT), new TextLayerEngine(),
            new FieldExtractor(Clock.systemUTC()), Clock.systemUTC());

    @Test
    void pagesTheStoreAlreadyHoldsAreNotReadAgain() throws IOException {
        Path scan = blankScan();
        try (LocalStore store = LocalStore.open(folder.resolve("store.db"))) {
            storeReadPages(store, scan);

            Outcome outcome = recognizer.recognize(scan, store);

            assertThat(outcome).isInstanceOfSatisfying(Outcome.Read.class,
                    read -> assertThat(read.recognition().value(FieldKey.INVOICE_NUMBER)).hasValue("STORED-17"));
        }
    }

    @Test
    void anInvoiceWhoseFieldsCannotBeRecognizedIsKeptWithItsPagesForTheOperator() throws IOException {
        // A reader that fails on every invoice: its clock cannot be read.
        Clock broken = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                throw new IllegalStateException("no time");
            }
        };
        Recognizer failing = new Recognizer(new Documents(Limits.DEFAULT), new TextLayerEngine(), new FieldExtractor(broken), Clock.systemUTC());
        Path scan = blankScan();
        try (LocalStore store = LocalStore.open(folder.resolve("store.db"))) {
            storeReadPages(store, scan);

            Outcome outcome = failing.recognize(scan, store);

            assertThat(outcome).isInstanceOfSatisfying(Outcome.Read.class, read -> {
                assertThat(read.pages()).singleElement().satisfies(page -> assertThat(page.words()).hasSize(3));
                assertThat(read.recognition().fields()).isEmpty();
            });
        }
    }

    @Test
    void withoutAStoreTheFileItselfIsRead() throws IOException {
        Outcome outcome = recognizer.recognize(blankScan(), null);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Read.class,
                read -> assertThat(read.recognition().fields()).isEmpty());
    }

    @Test
    void aMissingFileIsRefusedWithItsName() {
        Outcome outcome = recognizer.recognize(folder.resolve("gone.pdf"), null);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.reason()).contains("gone.pdf"));
    }

    /** The scan captured in the store with the words read on it before: "Invoice No. STORED-17". */
    private static void storeReadPages(LocalStore store, Path scan) throws IOException {
        byte[] bytes = Files.readAllBytes(scan);
        long id = store.documents().capture(Fingerprint.sha256(bytes), "scan.png", scan.toString(), bytes).documentId();
        store.pages().save(id, List.of(new PageText(1, List.of(
                new Word("Invoice", new Box(0.1, 0.1, 0.2, 0.12), 0.9, 0, 0),
                new Word("No.", new Box(0.21, 0.1, 0.25, 0.12), 0.9, 0, 0),
                new Word("STORED-17", new Box(0.26, 0.1, 0.4, 0.12), 0.9, 0, 0)), Engine.TESSERACT, 800, 1131)));
    }

    private Path blankScan() throws IOException {
        Path scan = folder.resolve("scan.png");
        ImageIO.write(new BufferedImage(800, 1131, BufferedImage.TYPE_BYTE_GRAY), "png", scan.toFile());
        return scan;
    }

    @Test
    void aFileThatOverranItsTimeDoesNotGetTheNextFileRefused() {
        Limits shortTime = new Limits(Limits.DEFAULT.maxBytes(), Limits.DEFAULT.maxPages(), Limits.DEFAULT.maxPixelsPerPage(),
                Duration.ofSeconds(2));
        try (TesseractEngine oneEngine = new TesseractEngine(null, "fra+eng+deu+nld", 1)) {
            Recognizer reading = new Recognizer(new Documents(shortTime), oneEngine, new FieldExtractor(Clock.systemUTC()),
                    Clock.systemUTC());
            byte[] crowded = Pictures.pngAt(Pictures.crowded(2480, 3508, 11), 300);
            byte[] next = Pictures.pngAt(Pictures.page(1240, 600, "Rechnung 12345", 100, 200, 48), 150);

            Outcome overran = reading.recognize("crowded.png", crowded);
            Outcome after = reading.recognize("next.png", next);

            assertThat(overran).isInstanceOfSatisfying(Outcome.Refused.class,
                    r -> assertThat(r.reason()).contains("longer than 2 seconds"));
            assertThat(after).isInstanceOfSatisfying(Outcome.Read.class,
                    r -> assertThat(r.pages().getFirst().words()).extracting(Word::text).contains("Rechnung", "12345"));
        }
    }

    @Test
    void aFileWhoseReadingIsStoppedIsNotQuarantinedAndIsReadWhenTheWorkResumes() throws IOException {
        Path scan = blankScan();
        try (LocalStore store = LocalStore.open(folder.resolve("store.db"))) {
            Ingest ingest = new Ingest(store, new Documents(Limits.DEFAULT), recognizer);

            // The window closes while the batch is being read: the reading thread is interrupted.
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> ingest.ingest(scan, null)).isInstanceOf(java.util.concurrent.CancellationException.class);
            } finally {
                Thread.interrupted();
            }
            Ingest.Report resumed = ingest.ingest(scan, null);

            assertThat(resumed.result()).isEqualTo(Ingest.Result.RECOGNIZED);
        }
    }
}
