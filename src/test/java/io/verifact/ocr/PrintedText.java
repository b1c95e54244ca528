package io.verifact.ocr;

import io.verifact.model.Box;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Text drawn on a page made in the test, and where the ink of each stands, as fractions of the page. */
final class PrintedText {

    private final BufferedImage page;
    private final Map<String, Box> printed = new LinkedHashMap<>();

    PrintedText(BufferedImage page) {
        this.page = page;
    }

    /** Draws the text; returns where its ink stands, as fractions of the page. */
    Box draw(Graphics2D g, String text, int left, int baseline, Font font) {
        g.setFont(font);
        g.drawString(text, left, baseline);
        Rectangle2D ink = font.createGlyphVector(g.getFontRenderContext(), text).getVisualBounds();
        Box box = Box.of(left + ink.getMinX(), baseline + ink.getMinY(), left + ink.getMaxX(), baseline + ink.getMaxY(),
                page.getWidth(), page.getHeight());
        printed.put(text, box);
        return box;
    }

    /** Where the ink of a text drawn on the page stands. */
    Box of(String text) {
        return printed.get(text);
    }
}
