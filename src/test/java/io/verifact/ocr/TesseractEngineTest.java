package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.Pictures;
import io.verifact.document.TextPdf;
import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tesseract as installed on the machine, with the product's languages, on pictures drawn in the test. */
class TesseractEngineTest {

    private static final String LANGUAGES = "fra+eng+deu+nld";
    private static final int WIDTH = 1654;
    private static final int HEIGHT = 2339;

    private static TesseractEngine tesseract;

    @BeforeAll
    static void startTwoEngines() {
        tesseract = new TesseractEngine(null, LANGUAGES, 2).verified();
    }

    @AfterAll
    static void stopThem() {
        tesseract.close();
    }

    @Test
    void readsTheWordsOfAPictureWithBoxesWhereTheyWereDrawnAndConfidences() {
        // An A4 page at 200 dpi, the words near the top-left corner.
        BufferedImage page = Pictures.page(WIDTH, HEIGHT, "Rechnung 12345", 150, 250, 72);

        List<Word> words = tesseract.read(page, 200);

        assertThat(words).extracting(Word::text).containsExactly("Rechnung", "12345");
        Box rechnung = words.getFirst().box();
        assertThat(rechnung.x0()).isCloseTo(150.0 / WIDTH, within(0.01));
        assertThat(rechnung.y1()).isCloseTo(250.0 / HEIGHT, within(0.01));
        assertThat(rechnung.y0()).as("origin top-left: a word near the top has a small y0").isLessThan(0.1);
        assertThat(words.get(1).box().x0()).isGreaterThan(rechnung.x1());
        assertThat(words).allSatisfy(w -> {
            assertThat(w.confidence()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(List.of(w.box().x0(), w.box().y0(), w.box().x1(), w.box().y1())).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        });
    }

    @Test
    void twoThreadsReadingAtOnceEachGetTheirOwnPage() throws Exception {
        BufferedImage invoice = Pictures.page(WIDTH, HEIGHT, "Rechnung 12345", 150, 250, 72);
        BufferedImage credit = Pictures.page(WIDTH, HEIGHT, "Gutschrift 67890", 300, 900, 72);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<List<String>>> first = threads.submit(readThreeTimes(invoice, start));
            Future<List<List<String>>> second = threads.submit(readThreeTimes(credit, start));
            start.countDown();

            assertThat(first.get()).containsOnly(List.of("Rechnung", "12345"));
            assertThat(second.get()).containsOnly(List.of("Gutschrift", "67890"));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Callable<List<List<String>>> readThreeTimes(BufferedImage page, CountDownLatch start) {
        return () -> {
            start.await();
            return List.of(texts(page), texts(page), texts(page));
        };
    }

    private static List<String> texts(BufferedImage page) {
        return tesseract.read(page, 200).stream().map(Word::text).toList();
    }

    @Test
    void autoTakesTheTextLayerOfABornDigitalPdf() throws Exception {
        OcrEngine auto = new AutoEngine(new TextLayerEngine(), tesseract);
        try (Document pdf = new Documents(Limits.DEFAULT).open(TextPdf.pages(1, TextPdf.INVOICE_WORDS))) {
            PageText text = auto.read(pdf, 1);

            assertThat(text.engine()).isEqualTo(Engine.TEXT);
            assertThat(text.words()).extracting(Word::text).contains("Rechnung", "RE-2024-117");
        }
    }

    @Test
    void autoReadsAScannedImageWithTesseract() throws Exception {
        OcrEngine auto = new AutoEngine(new TextLayerEngine(), tesseract);
        byte[] png = Pictures.encode(Pictures.page(WIDTH, HEIGHT, "Rechnung 12345", 150, 250, 72), "png");
        try (Document scan = new Documents(Limits.DEFAULT).open(png)) {
            PageText text = auto.read(scan, 1);

            assertThat(text.engine()).isEqualTo(Engine.TESSERACT);
            assertThat(text.words()).extracting(Word::text).containsExactly("Rechnung", "12345");
            assertThat(text.words().getFirst().box().y0()).isLessThan(0.1);
        }
    }
}
