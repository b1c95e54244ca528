package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

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

    TextLayer(Map<COSDictionary, PDFont> fonts, boolean drawingLeftOut) {
        this.drawingLeftOut = drawingLeftOut;
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
        TextLayer layer = new TextLayer(fonts, drawingLeftOut);
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
            if (boxes.stream().anyMatch(b -> Math.abs(b.x0() - box.x0()) < SAME_PLACE && Math.abs(b.y0() - box.y0()) < SAME_PLACE)) {
                continue;
            }
            boxes.add(box);
            kept.add(word);
        }
        return List.copyOf(kept);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(drawingLeftOut ? TextOnlyContent.of(page) : page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        super.showForm(drawingLeftOut ? TextOnlyContent.of(form) : form);
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
