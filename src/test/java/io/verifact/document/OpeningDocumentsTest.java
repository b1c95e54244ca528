package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OpeningDocumentsTest {

    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;

    private final Documents documents = new Documents(Limits.DEFAULT);

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @Test
    void aPdfWithAnEmptyUserPasswordButAnOwnerPasswordOpensAndReads() throws Exception {
        try (Document pdf = documents.open(HostileFiles.restricted())) {
            assertThat(pdf.pageCount()).isEqualTo(1);
            assertThat(pdf.textLayer(1)).extracting(Word::text).contains("Rechnung", "RE-2024-117", "380,00");
        }
    }

    @Test
    void aMultiPageTiffHasEachOfItsPages() throws Exception {
        List<BufferedImage> scans = List.of(
                Pictures.page(1000, 1400, "Seite eins", 100, 200, 60),
                Pictures.page(1010, 1400, "Seite zwei", 100, 200, 60),
                Pictures.page(1020, 1400, "Seite drei", 100, 200, 60));

        try (Document tiff = documents.open(Pictures.tiff(scans))) {
            assertThat(tiff.type()).isEqualTo(MediaType.TIFF);
            assertThat(tiff.pageCount()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                assertThat(tiff.size(page).width()).isEqualTo(scans.get(page - 1).getWidth());
                assertThat(tiff.render(page, 300).image().getWidth()).isEqualTo(scans.get(page - 1).getWidth());
                assertThat(tiff.textLayer(page)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void aScannedImageIsOnePage(String format) throws Exception {
        BufferedImage scan = Pictures.page(1240, 1754, "Rechnung 12345", 100, 200, 60);

        try (Document image = documents.open(Pictures.encode(scan, format))) {
            assertThat(image.type()).isEqualTo(format.equals("png") ? MediaType.PNG : MediaType.JPEG);
            assertThat(image.pageCount()).isEqualTo(1);
            assertThat(image.size(1)).isEqualTo(new Document.PageSize(1240, 1754));
            assertThat(image.render(1, 300).image().getHeight()).isEqualTo(1754);
        }
    }

    @Test
    void aScanThatStatesItsResolutionIsReadAtItAndOneThatDoesNotIsOnlyGuessed() throws Exception {
        BufferedImage scan = Pictures.page(1654, 2339, "Rechnung 12345", 100, 200, 40);

        try (Document stating = documents.open(Pictures.pngAt(scan, 200)); Document silent = documents.open(Pictures.encode(scan, "png"))) {
            assertThat(stating.render(1, 300).stated()).isTrue();
            assertThat(stating.render(1, 300).dpi()).isEqualTo(200);
            assertThat(silent.render(1, 300).stated()).isFalse();
        }
    }

    @Test
    void theWordsOfATextLayerStandWhereTheyWereDrawnAsFractionsFromTheTopLeft() throws Exception {
        try (Document pdf = documents.open(TextPdf.pages(1, TextPdf.INVOICE_WORDS))) {
            List<Word> words = pdf.textLayer(1);

            assertThat(words).extracting(Word::text).containsExactlyInAnyOrderElementsOf(
                    TextPdf.INVOICE_WORDS.stream().map(TextPdf.Placed::text).toList());
            for (TextPdf.Placed drawn : TextPdf.INVOICE_WORDS) {
                Box box = words.stream().filter(w -> w.text().equals(drawn.text())).findFirst().orElseThrow().box();
                assertThat(box.x0()).as(drawn.text() + " left").isCloseTo(drawn.left() / A4_WIDTH, within(0.005));
                assertThat(box.x1()).as(drawn.text() + " right").isCloseTo((drawn.left() + TextPdf.width(drawn)) / A4_WIDTH, within(0.01));
                assertThat(box.y1()).as(drawn.text() + " baseline").isCloseTo(drawn.baseline() / A4_HEIGHT, within(0.01));
                assertThat(box.height()).as(drawn.text() + " height").isBetween(0.5 * drawn.fontSize() / A4_HEIGHT, 1.3 * drawn.fontSize() / A4_HEIGHT);
            }
            Box top = words.stream().filter(w -> w.text().equals("Rechnung")).findFirst().orElseThrow().box();
            assertThat(top.y0()).as("a word near the top has a small y0").isLessThan(0.1);
        }
    }

    @Test
    void aLineDrawnTwiceOverItselfIsReadOnce() throws Exception {
        float bottom = PDRectangle.A4.getHeight();
        TextPdf.Placed footer = new TextPdf.Placed("Octet Direct SAS IBAN FR33 3000 2005 5000 0015 7841 Z25", 60, bottom - 40, 9);
        // As a browser prints a footer fixed to every page twice on each: the same line, twice, in one place.
        byte[] file = TextPdf.embedded(List.of(footer, footer, new TextPdf.Placed("Total Total", 60, bottom - 60, 9)));

        try (Document pdf = documents.open(file)) {
            List<String> words = pdf.textLayer(1).stream().map(Word::text).toList();

            assertThat(words).containsExactly("Octet", "Direct", "SAS", "IBAN", "FR33", "3000", "2005", "5000", "0015", "7841", "Z25", "Total", "Total");
        }
    }

    @Test
    void ligaturesOfATextLayerAreReadAsTheirLetters() throws Exception {
        // As word processors and browsers set them: one glyph for "fi" and for "fl".
        byte[] file = TextPdf.embedded(List.of(new TextPdf.Placed("Identi\uFB01cation \uFB02yers", 60, PDRectangle.A4.getHeight() - 700, 12)));

        try (Document pdf = documents.open(file)) {
            assertThat(pdf.textLayer(1)).extracting(Word::text).containsExactly("Identification", "flyers");
        }
    }

    @Test
    void aPageRenderedAt150DpiHasThePixelsOfItsSizeInInches() throws Exception {
        try (Document pdf = documents.open(TextPdf.pages(1, TextPdf.INVOICE_WORDS))) {
            Document.Rendered rendered = pdf.render(1, 150);

            assertThat(rendered.dpi()).isEqualTo(150);
            assertThat(rendered.image().getWidth()).isCloseTo((int) (A4_WIDTH / 72 * 150), within(1));
            assertThat(rendered.image().getHeight()).isCloseTo((int) (A4_HEIGHT / 72 * 150), within(1));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0.45, 0.80, 0.90, 0.86", "90, 0.12, 0.45, 0.22, 0.95"})
    void aZoneOfAPdfPageIsRenderedAloneAndLooksAsOnTheWholePage(int rotation, double x0, double y0, double x1, double y1) throws Exception {
        Box zone = new Box(x0, y0, x1, y1);

        try (Document pdf = documents.open(turned(TextPdf.pages(1, TextPdf.INVOICE_WORDS), rotation))) {
            Document.RenderedZone part = pdf.renderZone(1, zone, 150);
            Document.Rendered whole = pdf.render(1, 150);

            assertThat(part.dpi()).isEqualTo(150);
            assertThat(part.area().x0()).isCloseTo(zone.x0(), within(0.002));
            assertThat(part.area().y1()).isCloseTo(zone.y1(), within(0.002));
            int left = (int) Math.round(part.area().x0() * whole.image().getWidth());
            int top = (int) Math.round(part.area().y0() * whole.image().getHeight());
            assertThat(part.image().getWidth()).isCloseTo((int) Math.round(part.area().width() * whole.image().getWidth()), within(1));
            assertThat(pixelsApart(part.image(), whole.image(), left, top)).isZero();
            assertThat(pixelsApart(part.image(), whole.image(), left + 3, top)).as("the zone holds text").isPositive();
        }
    }

    @Test
    void aZoneOfAScanIsCutAtTheScansResolutionAndEndsAtThePagesEdge() throws Exception {
        BufferedImage scan = Pictures.page(1654, 2339, "Rechnung 12345", 100, 200, 60);

        try (Document png = documents.open(Pictures.encode(scan, "png"))) {
            Document.RenderedZone corner = png.renderZone(1, new Box(0.9, 0.95, 1.2, 1.1), 300);

            assertThat(corner.dpi()).isEqualTo(png.render(1, 300).dpi());
            assertThat(corner.area().x1()).isEqualTo(1.0);
            assertThat(corner.area().y1()).isEqualTo(1.0);
            assertThat(corner.image().getWidth()).isCloseTo((int) Math.round(0.1 * 1654), within(1));
            assertThat(corner.image().getHeight()).isCloseTo((int) Math.round(0.05 * 2339), within(1));
        }
    }

    @Test
    void aZoneOfAPageTwentyThousandPointsWideCostsOnlyTheZonesPixels() throws Exception {
        byte[] banner;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(20_000, 800)));
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            banner = out.toByteArray();
        }

        try (Document pdf = documents.open(banner)) {
            Document.RenderedZone small = pdf.renderZone(1, new Box(0.99, 0.1, 1.0, 0.2), 300);
            Document.RenderedZone whole = pdf.renderZone(1, new Box(0, 0, 1, 1), 300);

            assertThat(small.dpi()).isEqualTo(300);
            assertThat((long) small.image().getWidth() * small.image().getHeight()).isLessThan(1_000_000);
            assertThat(whole.dpi()).isLessThan(300);
            assertThat((long) whole.image().getWidth() * whole.image().getHeight()).isLessThanOrEqualTo(Limits.DEFAULT.maxPixelsPerPage());
        }
    }

    private static byte[] turned(byte[] pdf, int rotation) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            document.getPage(0).setRotation(rotation);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** How many pixels of the part differ markedly from the same-sized piece of the whole at (left, top). */
    private static int pixelsApart(BufferedImage part, BufferedImage whole, int left, int top) {
        int apart = 0;
        for (int y = 0; y < part.getHeight(); y++) {
            for (int x = 0; x < part.getWidth(); x++) {
                if (Math.abs(part.getRaster().getSample(x, y, 0) - whole.getRaster().getSample(left + x, top + y, 0)) > 64) {
                    apart++;
                }
            }
        }
        return apart;
    }

    @Test
    void aPdfWithMorePagesThanAllowedIsRefusedWithItsPageCount() throws Exception {
        Documents twoPagesAtMost = new Documents(new Limits(Limits.DEFAULT.maxBytes(), 2, Limits.DEFAULT.maxPixelsPerPage(), Duration.ofSeconds(60)));

        assertThatThrownBy(() -> twoPagesAtMost.open(TextPdf.pages(3, TextPdf.INVOICE_WORDS)))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_MANY_PAGES))
                .hasMessageContaining("3 pages")
                .hasMessageContaining("2 allowed");
    }

    @Test
    void aTiffWhosePageListLoopsIsRefusedInsteadOfReadForever() throws Exception {
        java.nio.file.Path loop = HostileFiles.loopingTiff(folder);

        // A guard against a hang, not a speed claim.
        DocumentRefused refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> org.junit.jupiter.api.Assertions.assertThrows(DocumentRefused.class, () -> documents.open(loop).close()));

        assertThat(refused.refusal()).isEqualTo(Refusal.TOO_MANY_PAGES);
        assertThat(refused.getMessage()).contains("at least 501 pages");
    }

    @Test
    void aTiffWithMorePagesThanAllowedIsRefusedWithItsPageCount() throws Exception {
        Documents twoPagesAtMost = new Documents(new Limits(Limits.DEFAULT.maxBytes(), 2, Limits.DEFAULT.maxPixelsPerPage(), Duration.ofSeconds(60)));
        BufferedImage scan = Pictures.page(400, 600, "Seite", 50, 100, 40);

        assertThatThrownBy(() -> twoPagesAtMost.open(Pictures.tiff(List.of(scan, scan, scan))))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.TOO_MANY_PAGES))
                .hasMessageContaining("3 pages");
    }

    @Test
    void anImageOverThePixelLimitIsRefusedBeforeItIsDecoded() {
        // 8,000 × 8,000 one-bit pixels: a small file, but 64 million pixels, over the default limit of 60 million.
        BufferedImage poster = new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_BINARY);

        assertThatThrownBy(() -> documents.open(Pictures.encode(poster, "png")))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.PAGE_TOO_LARGE))
                .hasMessageContaining("too large")
                .hasMessageContaining("8000 × 8000 pixels");
    }

    @ParameterizedTest(name = "Kids of {0}")
    @ValueSource(strings = {"itself", "its parent"})
    void aPageTreeNodeThatListsItselfOrItsParentAmongItsKidsIsRefusedAsDamaged(String loop) {
        byte[] pdf = loop.equals("itself")
                ? HandWrittenPdf.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>",
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
                : HandWrittenPdf.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
                        "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>",
                        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>");

        assertThatThrownBy(() -> documents.open(pdf))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.DAMAGED))
                .hasMessageContaining("damaged");
    }

    @Test
    void aHandWrittenPdfWithAnHonestPageTreeOpens() throws Exception {
        byte[] pdf = HandWrittenPdf.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>");

        try (Document document = documents.open(pdf)) {
            assertThat(document.pageCount()).isEqualTo(2);
            assertThat(document.size(2)).isEqualTo(new Document.PageSize(842, 595));
        }
    }
}
