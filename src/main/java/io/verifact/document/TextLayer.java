package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The words of a PDF page's text layer, each with its box as fractions of the page. */
final class TextLayer extends PDFTextStripper {

    /**
     * How wide a gap, in widths of a space, separates two words. PDFBox's default of half a space
     * splits numbers that justified or kerned text sets a little apart ("4 7110818").
     */
    private static final float SPACING = 0.8f;

    private final List<Word> words = new ArrayList<>();
    private double pageWidth;
    private double pageHeight;
    private int line;
    private int block;

    private TextLayer() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false);
        setSpacingTolerance(SPACING);
        setShouldSeparateByBeads(false);
    }

    static List<Word> read(PDDocument pdf, int page) throws IOException {
        TextLayer layer = new TextLayer();
        layer.setStartPage(page);
        layer.setEndPage(page);
        Writer sink = new StringWriter();
        layer.writeText(pdf, sink);
        return List.copyOf(layer.words);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        var crop = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        pageWidth = turned ? crop.getHeight() : crop.getWidth();
        pageHeight = turned ? crop.getWidth() : crop.getHeight();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        line++;
    }

    @Override
    protected void writeParagraphStart() throws IOException {
        super.writeParagraphStart();
        block++;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        StringBuilder chars = new StringBuilder();
        double left = 0;
        double top = 0;
        double right = 0;
        double bottom = 0;
        TextPosition previous = null;
        boolean spaceSeen = false;
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                spaceSeen = true;
                continue;
            }
            double gapWidth = previous == null ? 0 : p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
            double space = previous == null ? 1 : Math.max(previous.getWidthOfSpace(), 1);
            // A space glyph drawn where it takes no room ("4 7110818" set as 47110818) separates nothing.
            boolean breaks = spaceSeen ? gapWidth > 0.15 * space : gapWidth > 2 * space;
            if (breaks && !chars.isEmpty()) {
                add(chars, left, top, right, bottom);
                chars.setLength(0);
            }
            spaceSeen = false;
            double x0 = p.getXDirAdj();
            double height = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7);
            double y1 = p.getYDirAdj();
            double y0 = y1 - height;
            double x1 = x0 + p.getWidthDirAdj();
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
            chars.append(unicode);
            previous = p;
        }
        if (!chars.isEmpty()) {
            add(chars, left, top, right, bottom);
        }
        super.writeString(text, positions);
    }

    private void add(StringBuilder chars, double left, double top, double right, double bottom) {
        String text = chars.toString().strip();
        if (text.isEmpty() || pageWidth <= 0 || pageHeight <= 0) {
            return;
        }
        // Text drawn off the page (crop marks, hidden remnants) is not part of what the operator sees.
        if (right < 0 || left > pageWidth || bottom < 0 || top > pageHeight) {
            return;
        }
        words.add(new Word(text, Box.of(left, top, right, bottom, pageWidth, pageHeight), 1.0, line, block));
    }
}
