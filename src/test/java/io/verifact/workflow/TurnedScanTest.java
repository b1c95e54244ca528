package io.verifact.workflow;

import io.verifact.Corpus;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Mask;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Source;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A page fed upside down at a scanning station, taken in as any other: read upright, opened upright, and taught
 * from as the page is shown, for the supplier's next invoices whichever way they are fed.
 */
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

            // The operator draws rectangles on the page as it is shown, upright, around the name and the total.
            Teaching teaching = new Teaching(store, "claire", documents, tesseract);
            Teaching.Invoice onTurned = teaching.invoice(turnedId).orElseThrow();
            Teaching.Invoice onUpright = teaching.invoice(uprightId).orElseThrow();
            Mask mask = null;
            for (FieldKey key : List.of(FieldKey.SUPPLIER_NAME, FieldKey.GROSS_TOTAL)) {
                Box drawn = around(turned.fields().get(key).box());
                Teaching.Taught taught = teaching.teach(onTurned, key.key(), 1, drawn, Optional.empty());

                assertThat(taught.read().value()).as("%s read in the rectangle", key).map(Candidate::value).isEqualTo(asScanned.value(key));
                assertThat(taught.read().value().orElseThrow().box().centerY()).as("boxed on the page as scanned")
                        .isCloseTo(drawn.centerY(), within(0.02));
                assertThat(taught.zone().box().centerY()).as("%s kept where it stands with the page upright", key)
                        .isCloseTo(asScanned.fields().get(key).box().centerY(), within(0.02));
                assertThat(taught.zone().box().turned(-verification.readingTurns(turnedId).get(1)).centerY())
                        .as("%s drawn where it was taught on the page as scanned, as the masks show it", key).isCloseTo(drawn.centerY(), within(0.02));
                mask = taught.mask();
            }
            verification.turnPage(turnedId, 1, 0);
            assertThat(verification.pageTurns(turnedId)).as("shown as scanned, as the operator turned it").isEmpty();
            assertThat(verification.readingTurns(turnedId)).as("the zones still stand on the page as it was read").isEqualTo(Map.of(1, 2));
            assertThat(verification.readingTurns(uprightId)).isEmpty();

            // The supplier's next invoice, upright or turned, is read through the mask.
            for (Teaching.Invoice next : List.of(onUpright, onTurned)) {
                Recognition masked = FieldExtractor.withMask(next.recognition(), next.pages(), mask);
                for (FieldKey key : List.of(FieldKey.SUPPLIER_NAME, FieldKey.GROSS_TOTAL)) {
                    FieldValue read = masked.fields().get(key);
                    assertThat(read.source()).as(key.name()).isEqualTo(Source.MASK);
                    assertThat(read.value()).isEqualTo(asScanned.value(key).orElseThrow());
                    assertThat(read.box().centerY()).as("%s boxed where it is printed on the page as scanned", key)
                            .isCloseTo(next.recognition().fields().get(key).box().centerY(), within(0.02));
                }
            }
        }
    }

    /** A rectangle an operator draws around a value: a little larger than its words. */
    private static Box around(Box words) {
        return new Box(Math.max(0, words.x0() - 0.01), Math.max(0, words.y0() - 0.005), Math.min(1, words.x1() + 0.01),
                Math.min(1, words.y1() + 0.005));
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
