package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.Pictures;
import io.verifact.model.Box;
import io.verifact.model.Word;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.verifact.ocr.ScannedInvoice.DATE;
import static io.verifact.ocr.ScannedInvoice.DPI;
import static io.verifact.ocr.ScannedInvoice.IBAN;
import static io.verifact.ocr.ScannedInvoice.NUMBER;
import static io.verifact.ocr.ScannedInvoice.PAGE_NUMBER;
import static io.verifact.ocr.ScannedInvoice.STREET;
import static io.verifact.ocr.ScannedInvoice.TOTAL;
import static io.verifact.ocr.ScannedInvoice.TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reading only the rectangle an operator drew on a scan, with Tesseract as installed on the machine. */
class ZoneReadingTest {

    private static final ScannedInvoice SCAN = new ScannedInvoice();

    private static TesseractEngine tesseract;

    @BeforeAll
    static void startOneEngine() {
        // One engine, so that every read in this class goes through the same one.
        tesseract = new TesseractEngine(null, "fra+eng+deu+nld", 1).verified();
    }

    @AfterAll
    static void stopIt() {
        tesseract.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, DATE, ScannedInvoice.DUE, ScannedInvoice.NET, TOTAL, IBAN})
    void theRectangleAroundAValueReadsThatValueAndNotItsLabel(String value) {
        List<Word> words = tesseract.readZone(SCAN.page(), DPI, SCAN.zoneOf(value));

        assertThat(text(words)).isEqualTo(value);
    }

    @Test
    void theWordsOfAZoneStandWhereTheyAreOnTheWholePage() {
        Box zone = SCAN.zoneOf(IBAN);

        List<Word> words = tesseract.readZone(SCAN.page(), DPI, zone);

        assertThat(words).isNotEmpty().allSatisfy(word -> {
            assertThat(zone.contains(word.box())).as(word + " inside " + zone).isTrue();
            assertThat(word.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
            assertThat(word.line()).isZero();
        });
        assertThat(words.getFirst().box().x0()).as("the IBAN starts where it was printed")
                .isCloseTo(SCAN.printedOf(IBAN).x0(), within(pixelsAcross(3)));
        assertThat(words.getLast().box().x1()).isGreaterThan(words.getFirst().box().x1());
    }

    @Test
    void aZoneOfTwoLinesReadsBothLinesInOrder() {
        List<Word> words = tesseract.readZone(SCAN.page(), DPI, SCAN.address());

        assertThat(lines(words)).containsExactly(STREET, TOWN);
        assertThat(words).allSatisfy(word -> assertThat(SCAN.address().contains(word.box())).isTrue());
    }

    @Test
    void aRectangleThatClipsTheValueStillReadsItWhole() {
        Box printed = SCAN.printedOf(NUMBER);
        Box clipping = new Box(printed.x0() + pixelsAcross(3), printed.y0() + printed.height() / 4,
                printed.x1() - pixelsAcross(3), printed.y1() - printed.height() / 5);

        assertThat(text(tesseract.readZone(SCAN.page(), DPI, clipping))).isEqualTo(NUMBER);
    }

    @Test
    void aRectangleThatCatchesTheEdgeOfTheTextAroundReadsOnlyTheValue() {
        Box number = SCAN.zoneOf(NUMBER);
        Box label = SCAN.printedOf("Facture n° :");
        Box fromTheLabelsEnd = new Box(label.x1() - pixelsAcross(1), number.y0(), number.x1(), number.y1());
        Box street = SCAN.zoneOf(STREET);
        Box lineAbove = SCAN.printedOf("Garage Martin SARL");
        Box intoTheDescendersAbove = new Box(street.x0(), lineAbove.y1() - pixelsDown(3), street.x1(), street.y1());

        Box iban = SCAN.zoneOf(IBAN);
        Box lineBelow = SCAN.printedOf("BIC : BNPAFRPPXXX");
        Box intoTheLineBelow = new Box(iban.x0(), iban.y0(), iban.x1(), lineBelow.y0() + pixelsDown(3));

        assertThat(text(tesseract.readZone(SCAN.page(), DPI, fromTheLabelsEnd))).isEqualTo(NUMBER);
        assertThat(text(tesseract.readZone(SCAN.page(), DPI, intoTheDescendersAbove))).isEqualTo(STREET);
        assertThat(text(tesseract.readZone(SCAN.page(), DPI, intoTheLineBelow))).isEqualTo(IBAN);
    }

    @Test
    void aBlankZoneHasNoWords() {
        Box blank = Box.of(200, 1000, 800, 1100, ScannedInvoice.WIDTH, ScannedInvoice.HEIGHT);

        assertThat(tesseract.readZone(SCAN.page(), DPI, blank)).isEmpty();
    }

    @Test
    void aZoneRunningOffThePageIsReadWhereItOverlapsThePage() {
        Box number = SCAN.zoneOf(PAGE_NUMBER);
        Box runningOff = new Box(number.x0(), number.y0(), 1.08, 1.05);

        List<Word> words = tesseract.readZone(SCAN.page(), DPI, runningOff);

        assertThat(text(words)).isEqualTo(PAGE_NUMBER);
        assertThat(words).allSatisfy(word -> assertThat(new Box(0, 0, 1, 1).contains(word.box())).isTrue());
    }

    @Test
    void aZoneEntirelyOffThePageOrWithNoSizeHasNoWords() {
        assertThat(tesseract.readZone(SCAN.page(), DPI, new Box(1.1, 0.2, 1.3, 0.3))).isEmpty();
        assertThat(tesseract.readZone(SCAN.page(), DPI, new Box(-0.3, -0.2, -0.1, -0.05))).isEmpty();
        Box date = SCAN.zoneOf(DATE);
        assertThat(tesseract.readZone(SCAN.page(), DPI, new Box(date.x0(), date.y0(), date.x0(), date.y1()))).isEmpty();
    }

    @Test
    void theWholePageIsStillReadWholeAfterAZone() {
        List<Word> before = tesseract.read(SCAN.page(), DPI);
        tesseract.readZone(SCAN.page(), DPI, SCAN.zoneOf(NUMBER));

        List<Word> after = tesseract.read(SCAN.page(), DPI);

        assertThat(after).extracting(Word::text).containsExactlyElementsOf(before.stream().map(Word::text).toList());
        assertThat(after).extracting(Word::text).contains("FACTURE", NUMBER, "Paris", "BNPAFRPPXXX");
    }

    @Test
    void aScanSentAsAPdfIsReadZoneByZone() throws Exception {
        try (Document pdf = new Documents(Limits.DEFAULT).open(SCAN.pdf())) {
            assertThat(text(tesseract.readZone(pdf, 1, SCAN.zoneOf(NUMBER)))).isEqualTo(NUMBER);
            assertThat(text(tesseract.readZone(pdf, 1, SCAN.zoneOf(TOTAL)))).isEqualTo(TOTAL);
            assertThat(lines(tesseract.readZone(pdf, 1, SCAN.address()))).containsExactly(STREET, TOWN);
            List<Word> iban = tesseract.readZone(pdf, 1, SCAN.zoneOf(IBAN));
            assertThat(text(iban)).isEqualTo(IBAN);
            assertThat(iban).allSatisfy(word -> assertThat(SCAN.zoneOf(IBAN).contains(word.box())).isTrue());
        }
    }

    @Test
    void aScanSentAsAnImageIsReadZoneByZone() throws Exception {
        try (Document png = new Documents(Limits.DEFAULT).open(Pictures.encode(SCAN.page(), "png"))) {
            assertThat(text(tesseract.readZone(png, 1, SCAN.zoneOf(DATE)))).isEqualTo(DATE);
            assertThat(lines(tesseract.readZone(png, 1, SCAN.address()))).containsExactly(STREET, TOWN);
        }
    }

    private static double pixelsAcross(int pixels) {
        return pixels / (double) ScannedInvoice.WIDTH;
    }

    private static double pixelsDown(int pixels) {
        return pixels / (double) ScannedInvoice.HEIGHT;
    }

    private static String text(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    private static List<String> lines(List<Word> words) {
        return words.stream().collect(Collectors.groupingBy(Word::line, TreeMap::new, Collectors.mapping(Word::text, Collectors.joining(" "))))
                .values().stream().toList();
    }
}
