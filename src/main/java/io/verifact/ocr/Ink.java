package io.verifact.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.function.IntPredicate;

/**
 * Where a grey picture is dark: to fit a zone to the characters it cuts, to tell how many lines it
 * holds, and to find the lines of a page.
 */
final class Ink {

    /**
     * How much darker than the paper ink is: a quarter of the way to black, clear of a scanner's
     * grain, dark enough to catch the faint edge of a ruled line that OCR would still see.
     */
    private static final int CONTRAST = 64;

    /** The share of a picture's pixels, darkest first, whose grey tells how dark its print is. */
    private static final double DARKEST = 0.005;

    /** A difference from the paper smaller than this is the paper's grain or a JPEG's noise, not print. */
    private static final int GRAIN = 24;

    private final Raster pixels;
    private final int[] row;
    private final int paper;
    private final int dark;
    private final int faint;

    Ink(BufferedImage grey) {
        this.pixels = grey.getRaster();
        this.row = new int[Math.max(grey.getWidth(), grey.getHeight())];
        int[] histogram = histogram();
        long pixelCount = (long) pixels.getWidth() * pixels.getHeight();
        this.paper = Grey.level(histogram, pixelCount / 2);
        this.dark = paper - CONTRAST;
        // Faded thermal paper prints in light grey: half way from the paper to its darkest print is ink too.
        int print = Grey.level(histogram, (long) (DARKEST * pixelCount));
        this.faint = paper - Math.max(GRAIN, Math.min(CONTRAST, (paper - print) / 2));
    }

    /** The paper's grey: the picture's median, as a zone or a page is mostly paper, white or not. */
    int paper() {
        return paper;
    }

    /** The grey below which a pixel is ink. */
    int darkBelow() {
        return dark;
    }

    private int[] histogram() {
        int[] counts = new int[256];
        for (int y = 0; y < pixels.getHeight(); y++) {
            pixels.getSamples(0, y, pixels.getWidth(), 1, 0, row);
            for (int x = 0; x < pixels.getWidth(); x++) {
                counts[row[x]]++;
            }
        }
        return counts;
    }

    /**
     * The zone with each edge moved off the characters it cuts: outward when most of what it cuts
     * lies inside, so that a clipped value is read whole; inward when most lies outside, so that the
     * descenders of the line above or the end of a label stay out.
     */
    Rectangle fitted(Rectangle zone) {
        int left = zone.x;
        int right = zone.x + zone.width - 1;
        int height = pixels.getHeight();
        int width = pixels.getWidth();
        int top = fit(zone.y, zone.y + zone.height - 1, -1, height, y -> inRow(y, left, right));
        int bottom = fit(zone.y + zone.height - 1, top, 1, height, y -> inRow(y, left, right));
        int fittedLeft = fit(left, right, -1, width, x -> inColumn(x, top, bottom));
        int fittedRight = fit(right, fittedLeft, 1, width, x -> inColumn(x, top, bottom));
        return new Rectangle(fittedLeft, top, fittedRight - fittedLeft + 1, bottom - top + 1);
    }

    /**
     * Where an edge goes: {@code edge} and {@code other} are the zone's two edges on one axis,
     * {@code out} the step away from the zone, {@code size} the picture's extent on that axis.
     */
    private static int fit(int edge, int other, int out, int size, IntPredicate inked) {
        if (!inked.test(edge)) {
            return edge;
        }
        int outer = edge;
        while (outer + out >= 0 && outer + out < size && inked.test(outer + out)) {
            outer += out;
        }
        int inner = edge;
        while (inner != other && inked.test(inner - out)) {
            inner -= out;
        }
        boolean mostlyOutside = Math.abs(outer - edge) > Math.abs(inner - edge);
        // A band of ink that runs across the whole zone is the zone's own text, whatever its size.
        return mostlyOutside && inner != other ? inner - out : outer;
    }

    /**
     * Whether the zone's ink stands in a single band of rows, no taller than {@code maxHeight}
     * pixels: a line of text, not two with blank rows between them, nor a block whose lines touch.
     */
    boolean oneLine(Rectangle zone, int maxHeight) {
        int first = -1;
        int last = -1;
        for (int y = zone.y; y < zone.y + zone.height; y++) {
            if (inRow(y, zone.x, zone.x + zone.width - 1)) {
                if (last >= 0 && last < y - 1) {
                    return false;
                }
                if (first < 0) {
                    first = y;
                }
                last = y;
            }
        }
        return first >= 0 && last - first + 1 <= maxHeight;
    }

    /**
     * The part of the picture that holds its print: from the first to the last row with at least
     * {@code share} of its pixels inked, and across those rows, from the first to the last column inked
     * in at least {@code share} of them; the outer {@code edge} of each side is left out, where a
     * scanner's lid or a table's edge shows. Print fainter than ink elsewhere counts, when the
     * picture's darkest print is faint itself. Empty when nothing is inked.
     */
    java.util.Optional<Rectangle> inkedArea(double share, double edge) {
        int width = pixels.getWidth();
        int height = pixels.getHeight();
        int x0 = (int) (edge * width);
        int x1 = width - x0;
        int y0 = (int) (edge * height);
        int y1 = height - y0;
        int[] perColumn = new int[width];
        int top = -1;
        int bottom = -1;
        int rows = 0;
        for (int y = y0; y < y1; y++) {
            pixels.getSamples(x0, y, x1 - x0, 1, 0, row);
            int inRow = 0;
            for (int x = 0; x < x1 - x0; x++) {
                if (row[x] < faint) {
                    inRow++;
                }
            }
            if (inRow >= share * (x1 - x0)) {
                top = top < 0 ? y : top;
                bottom = y;
                rows++;
                for (int x = 0; x < x1 - x0; x++) {
                    if (row[x] < faint) {
                        perColumn[x0 + x]++;
                    }
                }
            }
        }
        int left = -1;
        int right = -1;
        double perPrintedRow = Math.max(2, share * rows);
        for (int x = x0; x < x1; x++) {
            if (perColumn[x] >= perPrintedRow) {
                left = left < 0 ? x : left;
                right = x;
            }
        }
        return top < 0 || left < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Rectangle(left, top, right - left + 1, bottom - top + 1));
    }

    private boolean inRow(int y, int left, int right) {
        return dark(pixels.getSamples(left, y, right - left + 1, 1, 0, row), right - left + 1);
    }

    private boolean inColumn(int x, int top, int bottom) {
        return dark(pixels.getSamples(x, top, 1, bottom - top + 1, 0, row), bottom - top + 1);
    }

    private boolean dark(int[] samples, int count) {
        for (int i = 0; i < count; i++) {
            if (samples[i] < dark) {
                return true;
            }
        }
        return false;
    }
}
