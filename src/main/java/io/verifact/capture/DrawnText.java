package io.verifact.capture;

import io.verifact.model.Box;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A string a page draws, where it draws it: what tells where each value of a demo invoice stands.
 *
 * @param page from 1
 * @param x where the string starts, in points from the left
 * @param baseline its baseline, in points from the top
 */
record DrawnText(int page, float x, float baseline, PDFont font, float size, String text) {

    /**
     * Where the characters {@code from} to {@code to} stand, as page fractions: from where their first
     * glyph starts to where their last one ends, and from the font's ascender to its descender, so
     * that the box holds every glyph as a reader sees it.
     */
    Box box(int from, int to) {
        float left = x + Canvas.width(font, size, text.substring(0, from));
        float right = left + Canvas.width(font, size, text.substring(from, to));
        PDFontDescriptor metrics = descriptor();
        float ascent = metrics.getAscent() / 1000 * size;
        float descent = Math.abs(metrics.getDescent()) / 1000 * size;
        return Box.of(left, baseline - ascent, right, baseline + descent, Canvas.WIDTH, Canvas.HEIGHT);
    }

    private PDFontDescriptor descriptor() {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor == null) {
            throw new IllegalStateException(font.getName() + " has no metrics to measure a value by");
        }
        return descriptor;
    }
}
