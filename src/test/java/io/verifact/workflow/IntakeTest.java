package io.verifact.workflow;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.TextPdf;
import io.verifact.extract.FieldExtractor;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Files handed over by an operator: folders opened, progress told, and a stop between two files. */
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
        AtomicInteger read = new AtomicInteger();
        List<String> told = new ArrayList<>();
        try (LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            Documents documents = new Documents(Limits.DEFAULT);
            Clock clock = Clock.systemUTC();
            Intake intake = new Intake(new Ingest(store, documents, new Recognizer(documents, new TextLayerEngine(), new FieldExtractor(clock), clock)));

            List<Ingest.Report> reports = intake.take(files, new Intake.Progress() {
                @Override
                public void reading(Path file, int done, int total) {
                    told.add("reading " + file.getFileName() + " " + done + "/" + total);
                }

                @Override
                public void read(Ingest.Report report, int done, int total) {
                    read.incrementAndGet();
                    told.add("read " + done + "/" + total);
                }
            }, () -> read.get() == 2);

            assertThat(reports).hasSize(2).allSatisfy(r -> assertThat(r.result()).isEqualTo(Ingest.Result.RECOGNIZED));
            assertThat(told).containsExactly("reading invoice-1.pdf 0/3", "read 1/3", "reading invoice-2.pdf 1/3", "read 2/3");
            assertThat(store.documents().list()).hasSize(2);
        }
    }
}
