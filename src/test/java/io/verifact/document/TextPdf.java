package io.verifact.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Born-digital PDFs made in the test: A4 pages with words in Helvetica, or an embedded font, at known places. */
public final class TextPdf {

    /**
     * One word on the page.
     *
     * @param left the distance from the page's left edge to the word's start, in points
     * @param baseline the distance from the page's top edge to the word's baseline, in points
     */
    public record Placed(String text, float left, float baseline, float fontSize) {
    }

    public static final List<Placed> INVOICE_WORDS = List.of(
            new Placed("Rechnung", 60, 80, 24),
            new Placed("Nr.", 200, 80, 24),
            new Placed("RE-2024-117", 400, 80, 12),
            new Placed("Datum", 60, 140, 12),
            new Placed("03.10.2024", 160, 140, 12),
            new Placed("Kunde", 60, 200, 12),
            new Placed("Gesamtbetrag", 300, 700, 12),
            new Placed("380,00", 420, 700, 12),
            new Placed("EUR", 480, 700, 12),
            new Placed("IBAN", 60, 780, 10),
            new Placed("DE02120300000000202051", 100, 780, 10));

    /** The font PDFBox carries, metrically the same as Helvetica and Arial. */
    public static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TextPdf() {
    }

    public static byte[] pages(int count, List<Placed> words) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                write(pdf, page, words);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /**
     * One A4 page with the words in Liberation Sans, a font embedded in the file as word processors
     * and browsers embed theirs, which can show any character it has a glyph for (ligatures included).
     */
    public static byte[] embedded(List<Placed> words) throws IOException {
        return embedded(words, true);
    }

    /** The same, with the font's glyphs for the words only (as most software embeds it), or the whole font with its character map. */
    public static byte[] embedded(List<Placed> words, boolean subset) throws IOException {
        try (PDDocument pdf = new PDDocument();
             InputStream font = PDDocument.class.getResourceAsStream(LIBERATION_SANS)) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            write(pdf, page, words, PDType0Font.load(pdf, font, subset));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static void write(PDDocument pdf, PDPage page, List<Placed> words) throws IOException {
        write(pdf, page, words, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    }

    private static void write(PDDocument pdf, PDPage page, List<Placed> words, PDFont font) throws IOException {
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            for (Placed word : words) {
                content.beginText();
                content.setFont(font, word.fontSize());
                content.newLineAtOffset(word.left(), height - word.baseline());
                content.showText(word.text());
                content.endText();
            }
        }
    }

    /** How wide the word is drawn, in points. */
    public static float width(Placed word) throws IOException {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(word.text()) / 1000 * word.fontSize();
    }
}
