package io.verifact.workflow;

import io.verifact.Corpus;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.FieldKey;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page fed upside down at a scanning station, taken in as any other: read upright, and opened upright. */
class TurnedScanTest {

    private static final Path SCAN = Corpus.dev("scans/corpus_4s4u_additional-data-sample-1.png");
    private static final List<FieldKey> READ = List.of(FieldKey.INVOICE_NUMBER, FieldKey.INVOICE_DATE, FieldKey.GROSS_TOTAL, FieldKey.SUPPLIER_NAME);

    @TempDir
    Path folder;

    @Test
    void aScanFedUpsideDownIsReadAsUprightAndOpensTurnedUpright() throws IOException {
        BufferedImage upright = ImageIO.read(SCAN.toFile());
        Path upsideDown = folder.resolve("upside-down.png");
        ImageIO.write(halfTurned(upright), "png", upsideDown.toFile());
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemUTC();
        try (TesseractEngine tesseract = new TesseractEngine(null, "fra+eng+deu+nld", 2);
             LocalStore store = LocalStore.open(folder.resolve("verifact.db"))) {
            Ingest ingest = new Ingest(store, documents,
                    new Recognizer(documents, new AutoEngine(new TextLayerEngine(), tesseract), new FieldExtractor(clock), clock));
            Verification verification = new Verification(store, documents, clock, "claire");

            long uprightId = ingest.ingest(SCAN).documentId();
            long turnedId = ingest.ingest(upsideDown).documentId();

            Recognition asScanned = store.recognitions().load(uprightId).orElseThrow();
            Recognition turned = store.recognitions().load(turnedId).orElseThrow();
            for (FieldKey key : READ) {
                assertThat(turned.value(key)).as(key.name()).isPresent().isEqualTo(asScanned.value(key));
            }
            assertThat(store.pages().load(turnedId).orElseThrow()).extracting(PageText::uprightTurns).containsExactly(2);
            assertThat(verification.pageTurns(turnedId)).as("it opens upright").isEqualTo(Map.of(1, 2));
            assertThat(verification.pageTurns(uprightId)).isEmpty();
        }
    }

    private static BufferedImage halfTurned(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.rotate(Math.PI, image.getWidth() / 2.0, image.getHeight() / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
