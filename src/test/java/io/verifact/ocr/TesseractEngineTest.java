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
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.verifact.ocr.ScannedInvoice.DPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Tesseract as installed on the machine, with the product's languages, on pictures drawn in the test:
 * clean pages, and pages that arrive askew, coarse, unevenly lit or printed over a picture.
 */
class TesseractEngineTest {

    private static final String LANGUAGES = "fra+eng+deu+nld";
    private static final int WIDTH = 1654;
    private static final int HEIGHT = 2339;
    /** How far a page is fed askew in the tests, clockwise. */
    private static final double TURN = 3;

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
    void aPageWhoseReadingIsAbandonedStopsAtOnceAndItsEngineGoesOnToTheNextPage() {
        BufferedImage crowded = Pictures.crowded(WIDTH, HEIGHT, 7);
        // The time limit interrupts the thread of a document it gives up on.
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> tesseract.read(crowded, 200)).as("a page given up on is not read to its end, nor taken for a blank one")
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }

        assertThat(texts(Pictures.page(WIDTH, HEIGHT, "Rechnung 12345", 150, 250, 72))).containsExactly("Rechnung", "12345");
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

    @Test
    void aPageFedThreeDegreesAskewIsReadWithItsWordsOnStraightLinesAndItsTotalsFound() {
        DifficultPages.ItemRows invoice = new DifficultPages.ItemRows();
        BufferedImage askew = DifficultPages.turned(invoice.page(), TURN);

        List<String> rows = levelRows(tesseract.read(askew, DPI), askew);

        for (String[] row : DifficultPages.ItemRows.ROWS) {
            assertThat(rows).contains(String.join(" ", row));
        }
        assertThat(rows).contains("Total HT " + DifficultPages.ItemRows.NET, "Total TTC " + DifficultPages.ItemRows.TOTAL);
    }

    @Test
    void theWordsOfAPageFedAskewAreBoxedWhereTheyStandOnThePageAsScanned() {
        ScannedInvoice invoice = new ScannedInvoice();
        BufferedImage askew = DifficultPages.turned(invoice.page(), TURN);

        List<Word> words = tesseract.read(askew, DPI);

        Box total = lineHolding(words, "TTC").stream().filter(w -> w.text().equals("234,56")).findFirst().orElseThrow().box();
        Box printed = invoice.printedOf(ScannedInvoice.TOTAL);
        // "234,56" is the right-hand part of "1 234,56": its right edge is the total's.
        Point2D end = DifficultPages.turnedPoint(invoice.page(), TURN, printed.x1(), printed.centerY());
        assertThat(total.x1()).isCloseTo(end.getX(), within(0.005));
        assertThat(total.centerY()).isCloseTo(end.getY(), within(0.005));
        assertThat(total.height()).as("a word of 10 pt print, not a slanted band").isLessThan(0.03);
    }

    @Test
    void aPageScannedUpsideDownOrSidewaysIsReadUprightWithItsWordsBoxedWhereTheyStandAsScanned() throws Exception {
        ScannedInvoice invoice = new ScannedInvoice();
        Box printedTotal = invoice.printedOf(ScannedInvoice.TOTAL);
        // Fed turned clockwise by one, two and three quarter turns: each needs the rest of a full turn to stand upright.
        for (int fed = 1; fed <= 3; fed++) {
            BufferedImage scan = WholePage.turned(invoice.page(), fed);
            PageText page;
            try (Document document = new Documents(Limits.DEFAULT).open(Pictures.pngAt(scan, DPI))) {
                page = tesseract.read(document, 1);
            }

            assertThat(page.uprightTurns()).as("fed turned %d quarter turns", fed).isEqualTo(4 - fed);
            PageText upright = page.upright();
            List<String> lines = upright.words().stream().collect(Collectors.groupingBy(Word::line, java.util.TreeMap::new,
                    Collectors.mapping(Word::text, Collectors.joining(" ")))).values().stream().toList();
            assertThat(lines).as("read upright, in lines").anyMatch(l -> l.contains("Facture n° : " + ScannedInvoice.NUMBER))
                    .anyMatch(l -> l.contains("Total TTC : " + ScannedInvoice.TOTAL));
            Box total = lineHolding(page.words(), "TTC").stream().filter(w -> w.text().equals("234,56")).findFirst().orElseThrow().box();
            Box whereScanned = new Box(printedTotal.x1() - 0.001, printedTotal.y0(), printedTotal.x1(), printedTotal.y1()).turned(fed);
            assertThat(total.contains(whereScanned) || total.overlaps(whereScanned))
                    .as("the total's last figures boxed on the page as scanned: %s, printed at %s", total, whereScanned).isTrue();
        }
    }

    @Test
    void withoutOrientationDataOrWithItDamagedAPageUpsideDownIsReadAsItLiesAndTheBatchGoesOn(@TempDir Path folder)
            throws Exception {
        Path installed = Tesseract.tessdata(null).orElseThrow();
        BufferedImage upsideDown = WholePage.turned(new ScannedInvoice().page(), 2);
        for (String osd : new String[] {null, "not a model"}) {
            Path tessdata = Files.createDirectories(folder.resolve(osd == null ? "missing" : "damaged"));
            for (String language : LANGUAGES.split("\\+")) {
                Files.copy(installed.resolve(language + ".traineddata"), tessdata.resolve(language + ".traineddata"));
            }
            if (osd != null) {
                Files.writeString(tessdata.resolve("osd.traineddata"), osd);
            }
            try (TesseractEngine alone = new TesseractEngine(tessdata.toString(), LANGUAGES, 1);
                 Document document = new Documents(Limits.DEFAULT).open(Pictures.pngAt(upsideDown, DPI))) {
                PageText page = alone.read(document, 1);
                PageText next = alone.read(document, 1);

                assertThat(page.uprightTurns()).as("orientation data %s", osd == null ? "missing" : "damaged").isZero();
                assertThat(next.words()).as("the engine reads on").isEqualTo(page.words());
            }
        }
    }

    @Test
    void aPageScannedUprightIsNotTurned() throws Exception {
        try (Document document = new Documents(Limits.DEFAULT).open(Pictures.pngAt(new ScannedInvoice().page(), DPI))) {
            assertThat(tesseract.read(document, 1).uprightTurns()).isZero();
        }
    }

    @Test
    void aPageScannedAt100DpiIsEnlargedAndItsSmallPrintReadToTheCent() {
        DifficultPages.SmallPrint invoice = new DifficultPages.SmallPrint();

        List<String> words = tesseract.read(invoice.page(), DifficultPages.LOW_DPI).stream().map(Word::text).toList();

        assertThat(words).contains(DifficultPages.DATE, "89,90", "14,50", "61,50", "165,90", DifficultPages.TAX);
        assertThat(words.stream().filter(DifficultPages.TOTAL::equals)).as("the total, and again in its grey box").hasSize(2);
    }

    @Test
    void theWordsOfAnEnlargedPageAreBoxedInFractionsOfThePageAsScanned() {
        DifficultPages.SmallPrint invoice = new DifficultPages.SmallPrint();

        List<Word> words = tesseract.read(invoice.page(), DifficultPages.LOW_DPI);

        Box tax = words.stream().filter(w -> w.text().equals(DifficultPages.TAX)).findFirst().orElseThrow().box();
        Box printed = invoice.printedOf(DifficultPages.TAX);
        double pixel = 1.0 / invoice.page().getWidth();
        assertThat(tax.x0()).isCloseTo(printed.x0(), within(2 * pixel));
        assertThat(tax.x1()).isCloseTo(printed.x1(), within(2 * pixel));
        assertThat(tax.centerY()).isCloseTo(printed.centerY(), within(2.0 / invoice.page().getHeight()));
    }

    @Test
    void aSlipPhotographedInTheLightOfOneWindowIsReadOnItsDarkSideToo() {
        List<String> words = tesseract.read(DifficultPages.litFromOneSide(), DPI).stream().map(Word::text).toList();

        assertThat(words).containsSubsequence("BOULANGERIE", "Pain", "1,20", "TOTAL", "1,20", "EUR");
    }

    @Test
    void aSlipScannedOnAGrainyGreyFlatbedIsReadWhereItLies() {
        BufferedImage scan = DifficultPages.slipOnAFlatbed();
        List<Word> words = tesseract.read(scan, 300);

        assertThat(words.stream().map(Word::text).toList()).contains("TOTAL", "6.60", "CASH");
        Word total = words.stream().filter(w -> w.text().equals("TOTAL")).findFirst().orElseThrow();
        assertThat(total.box().x0()).isCloseTo((double) DifficultPages.SLIP_TOTAL.x / scan.getWidth(), within(0.01));
        assertThat(total.box().y1()).isCloseTo((double) DifficultPages.SLIP_TOTAL.y / scan.getHeight(), within(0.01));
    }

    @Test
    void aTicketPrintedOverAPictureIsReadAsScatteredText() {
        List<String> words = tesseract.read(DifficultPages.ticketOverAPicture(), DPI).stream().map(Word::text).toList();

        assertThat(words).contains("6,50", "EUR");
    }

    private static List<Word> lineHolding(List<Word> words, String text) {
        int line = words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow().line();
        return words.stream().filter(w -> w.line() == line).toList();
    }

    /**
     * The words as rows, seen on the page turned back straight: a word whose middle stands within
     * a third of a row of the previous one's joins its row; each row is read left to right.
     */
    private static List<String> levelRows(List<Word> words, BufferedImage askew) {
        double third = 15.0 / askew.getHeight();
        List<Word> byLevel = new ArrayList<>(words);
        byLevel.sort(Comparator.comparingDouble(w -> straight(w, askew).getY()));
        List<List<Word>> rows = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Word word : byLevel) {
            double level = straight(word, askew).getY();
            if (level - last > third) {
                rows.add(new ArrayList<>());
            }
            rows.getLast().add(word);
            last = level;
        }
        return rows.stream().map(row -> row.stream().sorted(Comparator.comparingDouble(w -> w.box().x0()))
                .map(Word::text).collect(Collectors.joining(" "))).toList();
    }

    private static Point2D straight(Word word, BufferedImage askew) {
        return DifficultPages.turnedPoint(askew, -TURN, word.box().centerX(), word.box().centerY());
    }
}
