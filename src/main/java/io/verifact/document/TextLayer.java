package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of a PDF page's text layer, each with its box as fractions of the page. Glyphs are
 * taken in the order the page draws them and joined into words by where they stand; lines and
 * columns are found later from the boxes, so PDFBox's own sorting and line building are skipped.
 */
final class TextLayer extends PDFTextStripper {

    /** A gap wider than this share of a space's width separates two words. */
    private static final double WORD_GAP = 0.5;

    private final List<Word> words = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private double pageWidth;
    private double pageHeight;
    private int line;
    private TextPosition previous;
    private double averageWidth = -1;
    private boolean spaceSeen;
    private double left;
    private double top;
    private double right;
    private double bottom;

    /** Whether the pages' drawing operators are left out before PDFBox reads them ({@link TextOnlyContent}). */
    private final boolean drawingLeftOut;

    /** Whether a string's codes are read by {@link #showText} here rather than by PDFBox's own, as they are checked against. */
    private final boolean ownStrings;
    /** The font of text drawn before any font is set, as PDFBox takes it; made when first needed. */
    private PDFont defaultFont;

    TextLayer(Map<COSDictionary, PDFont> fonts, boolean drawingLeftOut) {
        this(fonts, drawingLeftOut, true);
    }

    private TextLayer(Map<COSDictionary, PDFont> fonts, boolean drawingLeftOut, boolean ownStrings) {
        this.drawingLeftOut = drawingLeftOut;
        this.ownStrings = ownStrings;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        addOperator(new TextOnlyFonts(this, fonts));
    }

    /** @param fonts the fonts the document's pages have made so far ({@link TextOnlyFonts#fontsOfADocument()}) */
    static List<Word> read(PDDocument pdf, int page, Map<COSDictionary, PDFont> fonts) throws IOException {
        return read(pdf, page, fonts, true);
    }

    /** @param drawingLeftOut false to read every operator of the page's content, as the words are checked against */
    static List<Word> read(PDDocument pdf, int page, Map<COSDictionary, PDFont> fonts, boolean drawingLeftOut) throws IOException {
        return read(new TextLayer(fonts, drawingLeftOut), pdf, page);
    }

    /** The words as read with PDFBox's own {@code showText}, which {@link #showText} does the work of; as they are checked against. */
    static List<Word> readWithPdfBoxStrings(PDDocument pdf, int page, Map<COSDictionary, PDFont> fonts) throws IOException {
        return read(new TextLayer(fonts, true, false), pdf, page);
    }

    private static List<Word> read(TextLayer layer, PDDocument pdf, int page) throws IOException {
        layer.setStartPage(page);
        layer.setEndPage(page);
        layer.writeText(pdf, Writer.nullWriter());
        return withoutRepeats(layer.words);
    }

    /** How near two copies of a word stand to be one word drawn twice, as a share of the page. */
    private static final double SAME_PLACE = 0.002;

    /**
     * The words, each read once where the page draws it again over itself: a footer printed twice in one
     * place, a block drawn a second time to look bold. Read twice, "Octet Direct SAS" became "Octet Octet
     * Direct Direct SAS SAS" and an IBAN's groups were repeated.
     */
    static List<Word> withoutRepeats(List<Word> words) {
        java.util.Map<String, List<Box>> placed = new java.util.HashMap<>();
        List<Word> kept = new ArrayList<>(words.size());
        for (Word word : words) {
            List<Box> boxes = placed.computeIfAbsent(word.text(), text -> new ArrayList<>(1));
            Box box = word.box();
            if (!drawnAt(boxes, box)) {
                boxes.add(box);
                kept.add(word);
            }
        }
        return List.copyOf(kept);
    }

    /** Whether one of the boxes stands where this one does: asked of every word of a page. */
    private static boolean drawnAt(List<Box> boxes, Box box) {
        for (Box b : boxes) {
            if (Math.abs(b.x0() - box.x0()) < SAME_PLACE && Math.abs(b.y0() - box.y0()) < SAME_PLACE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(drawingLeftOut ? TextOnlyContent.of(page) : page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        super.showForm(drawingLeftOut ? TextOnlyContent.of(form) : form);
    }

    /**
     * PDFBox's own, glyph by glyph, read from a stream of the string's codes that takes no lock: PDFBox's reads a
     * string through a {@link ByteArrayInputStream}, whose every read and count of what is left locks it, six times a
     * glyph, which was 2 % of reading a born-digital invoice under the quick compiler commands run with.
     */
    @Override
    protected void showText(byte[] string) throws IOException {
        if (!ownStrings) {
            super.showText(string);
            return;
        }
        PDGraphicsState state = getGraphicsState();
        PDTextState textState = state.getTextState();
        PDFont font = textState.getFont();
        if (font == null) {
            if (defaultFont == null) {
                defaultFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            }
            font = defaultFont;
        }
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        Matrix parameters = new Matrix(fontSize * horizontalScaling, 0, 0, fontSize, 0, textState.getRise());
        Matrix textMatrix = state.getTextMatrix();
        Codes in = new Codes(string);
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int codeLength = before - in.available();
            // Word spacing applies to the single-byte code 32 alone.
            float wordSpacing = codeLength == 1 && code == 32 ? textState.getWordSpacing() : 0;
            Matrix ctm = state.getCurrentTransformationMatrix();
            Matrix textRenderingMatrix = parameters.multiply(textMatrix).multiply(ctm);
            if (font.isVertical()) {
                textRenderingMatrix.translate(font.getPositionVector(code));
            }
            Vector w = font.getDisplacement(code);
            showGlyph(textRenderingMatrix, font, code, w);
            float tx;
            float ty;
            if (font.isVertical()) {
                tx = 0;
                ty = w.getY() * fontSize + charSpacing + wordSpacing;
            } else {
                tx = (w.getX() * fontSize + charSpacing + wordSpacing) * horizontalScaling;
                ty = 0;
            }
            textMatrix.translate(tx, ty);
        }
    }

    /** A string's codes, read one by one without a lock; the rest, as a fonts' map reads them, as before. */
    private static final class Codes extends ByteArrayInputStream {

        Codes(byte[] string) {
            super(string);
        }

        @Override
        public int read() {
            return pos < count ? buf[pos++] & 0xFF : -1;
        }

        @Override
        public int available() {
            return count - pos;
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        var crop = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        pageWidth = turned ? crop.getHeight() : crop.getWidth();
        pageHeight = turned ? crop.getWidth() : crop.getHeight();
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        String unicode = glyph.getUnicode();
        if (unicode == null || blank(unicode)) {
            spaceSeen = true;
            return;
        }
        if (previous != null && sameSpot(previous, glyph) && unicode.equals(previous.getUnicode())) {
            // Text drawn twice over itself to look bold is read once.
            return;
        }
        if (previous != null && startsWord(previous, glyph)) {
            flush();
        }
        spaceSeen = false;
        double x0 = glyph.getXDirAdj();
        double height = Math.max(glyph.getHeightDir(), glyph.getFontSizeInPt() * 0.7);
        double y1 = glyph.getYDirAdj();
        double y0 = y1 - height;
        double x1 = x0 + glyph.getWidthDirAdj();
        if (chars.isEmpty()) {
            left = x0;
            top = y0;
            right = x1;
            bottom = y1;
        } else {
            left = Math.min(left, x0);
            top = Math.min(top, y0);
            right = Math.max(right, x1);
            bottom = Math.max(bottom, y1);
        }
        chars.append(withoutLigatures(unicode));
        previous = glyph;
    }

    /** Whether a glyph's text is empty or spaces alone, such as the Unicode spaces and a no-break space. */
    private static boolean blank(String unicode) {
        for (int i = 0; i < unicode.length(); ) {
            int c = unicode.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The letters of a ligature glyph as letters: "ﬁ" as "fi", "ﬃ" as "ffi", as the words are written
     * and looked for (Office, Identification).
     */
    static String withoutLigatures(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }

    /**
     * Whether a glyph begins a new word: on another line, behind the last one, or after a gap. A space
     * glyph that takes no room ("4 7110818" set as 47110818) separates nothing.
     */
    private boolean startsWord(TextPosition last, TextPosition glyph) {
        double size = Math.max(last.getHeightDir(), last.getFontSizeInPt() * 0.7);
        if (Math.abs(glyph.getYDirAdj() - last.getYDirAdj()) > 0.5 * size || glyph.getDir() != last.getDir()) {
            line++;
            return true;
        }
        double gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        double space = Math.max(last.getWidthOfSpace(), size * 0.2);
        if (gap < -0.5 * size) {
            return true;
        }
        // As PDFBox does: a gap wider than half a space or than 0.3 of the letters' running average width.
        averageWidth = averageWidth < 0 ? glyph.getWidthDirAdj() : (averageWidth + glyph.getWidthDirAdj()) / 2;
        return spaceSeen ? gap > 0.15 * space : gap > Math.min(WORD_GAP * space, 0.3 * averageWidth);
    }

    private static boolean sameSpot(TextPosition a, TextPosition b) {
        return Math.abs(a.getXDirAdj() - b.getXDirAdj()) < 0.5 && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5;
    }

    @Override
    protected void writePage() {
        flush();
        previous = null;
    }

    private void flush() {
        String text = chars.toString().strip();
        chars.setLength(0);
        if (text.isEmpty() || pageWidth <= 0 || pageHeight <= 0) {
            return;
        }
        // Text drawn off the page (crop marks, hidden remnants) is not part of what the operator sees.
        if (right < 0 || left > pageWidth || bottom < 0 || top > pageHeight) {
            return;
        }
        words.add(new Word(text, Box.of(left, top, right, bottom, pageWidth, pageHeight), 1.0, line, 0));
    }
}
