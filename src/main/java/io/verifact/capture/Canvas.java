package io.verifact.capture;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page being drawn, measured as a reader measures it: in points from the top-left corner, a text
 * placed by its baseline. Fonts are the Standard 14 ones, or one embedded font ({@link Fonts#embedded}), so the
 * page's text layer is real text.
 */
final class Canvas implements AutoCloseable {

    /**
     * The page's fonts, made once per document.
     *
     * @param embedded whether the fonts are embedded in the document, and text is shown as word processors show it
     */
    record Fonts(PDFont regular, PDFont bold, PDFont italic, PDFont serif, PDFont serifBold, boolean embedded) {
        static Fonts standard() {
            return new Fonts(new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD),
                    new PDType1Font(FontName.HELVETICA_OBLIQUE), new PDType1Font(FontName.TIMES_ROMAN),
                    new PDType1Font(FontName.TIMES_BOLD), false);
        }

        /**
         * One TrueType font, embedded as a subset behind a composite font with its ToUnicode map, as word processors
         * and invoicing software write: Liberation Sans, which PDFBox carries and whose letters are as wide as
         * Helvetica's, so that the page is laid out as with {@link #standard()}. Bold, italic and serif text is set in
         * it too.
         */
        static Fonts embedded(PDDocument pdf) throws IOException {
            try (InputStream program = PDFont.class.getResourceAsStream(LIBERATION_SANS)) {
                if (program == null) {
                    throw new IOException("PDFBox no longer carries " + LIBERATION_SANS);
                }
                PDFont sans = PDType0Font.load(pdf, program);
                return new Fonts(sans, sans, sans, sans, sans, true);
            }
        }

        private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    }

    static final float WIDTH = 595.28f;
    static final float HEIGHT = 841.89f;
    static final float LEFT = 50;
    static final float RIGHT = WIDTH - 50;

    final Fonts fonts;
    private final PDPageContentStream content;
    private final int number;
    private final List<DrawnText> drawn = new ArrayList<>();

    /** @param number the page's number, from 1 */
    Canvas(PDDocument pdf, PDPage page, int number, Fonts fonts) throws IOException {
        this.fonts = fonts;
        this.number = number;
        this.content = new PDPageContentStream(pdf, page);
    }

    /** Every string drawn so far, in the order drawn. */
    List<DrawnText> drawn() {
        return List.copyOf(drawn);
    }

    void text(float x, float y, PDFont font, float size, String text) {
        drawn.add(new DrawnText(number, x, y, font, size, text));
        draw(() -> {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, HEIGHT - y);
            if (fonts.embedded()) {
                // A word processor's TJ array, which may space its letters; these are set as they come.
                content.showTextWithPositioning(new Object[] {text});
            } else {
                content.showText(text);
            }
            content.endText();
        });
    }

    void right(float x, float y, PDFont font, float size, String text) {
        text(x - width(font, size, text), y, font, size, text);
    }

    void centred(float x, float y, PDFont font, float size, String text) {
        text(x - width(font, size, text) / 2, y, font, size, text);
    }

    /** Text in white or grey from here on: 0 is black, 1 white. */
    void ink(float grey) {
        draw(() -> content.setNonStrokingColor(grey));
    }

    /** A horizontal rule. */
    void rule(float x0, float x1, float y, float thickness) {
        line(x0, y, x1, y, thickness);
    }

    /** A vertical rule. */
    void upright(float x, float y0, float y1, float thickness) {
        line(x, y0, x, y1, thickness);
    }

    private void line(float x0, float y0, float x1, float y1, float thickness) {
        draw(() -> {
            content.setLineWidth(thickness);
            content.moveTo(x0, HEIGHT - y0);
            content.lineTo(x1, HEIGHT - y1);
            content.stroke();
        });
    }

    void frame(float x, float y, float width, float height, float thickness) {
        draw(() -> {
            content.setLineWidth(thickness);
            content.addRect(x, HEIGHT - y - height, width, height);
            content.stroke();
        });
    }

    /** A filled rectangle in a grey from 0 (black) to 1 (white); text ink goes back to black. */
    void fill(float x, float y, float width, float height, float grey) {
        draw(() -> {
            content.setNonStrokingColor(grey);
            content.addRect(x, HEIGHT - y - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f);
        });
    }

    /** A filled circle, for the emblems of letterheads. */
    void disc(float cx, float cy, float r, float grey) {
        // Four Bézier arcs; 0.5523 places their control points on a circle's tangents.
        float k = 0.5523f * r;
        float y = HEIGHT - cy;
        draw(() -> {
            content.setNonStrokingColor(grey);
            content.moveTo(cx + r, y);
            content.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
            content.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
            content.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
            content.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
            content.fill();
            content.setNonStrokingColor(0f);
        });
    }

    /**
     * Text broken into lines no wider than {@code width}.
     *
     * @return the baseline below the last line
     */
    float paragraph(float x, float y, float width, PDFont font, float size, float leading, String text) {
        float baseline = y;
        for (String line : lines(font, size, width, text)) {
            text(x, baseline, font, size, line);
            baseline += leading;
        }
        return baseline;
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(PDFont font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, longer) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private interface Drawing {
        void run() throws IOException;
    }

    // A page is drawn in memory: a failure there is a bug in the demo set, not a condition to handle.
    private static void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
