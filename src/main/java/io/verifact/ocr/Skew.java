package io.verifact.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * How far a scanned page is turned: the angle its lines of text make with the horizontal, found
 * from a projection profile. Sheared by the right angle, a page's ink falls into sharp bands, one
 * per line of text, with white rows between; the angle whose row profile changes most sharply
 * from row to row is the page's (Postl's method, as Leptonica's {@code pixFindSkew} does it).
 * It is written here rather than called in Leptonica because the lept4j binding shipped with tess4j
 * targets a newer Leptonica than the distributions install and fails to load against theirs.
 */
final class Skew {

    /** Pages are fed turned by a few degrees at most; beyond this the scan is sideways, not skewed. */
    private static final double MAX_DEGREES = 7;

    private static final double SWEEP_STEP = 0.2;

    private static final double FINE_STEP = 0.02;

    /** The profile is taken on a reduced page about this wide: lines of text stay apart, the sweep stays fast. */
    private static final int REDUCED_WIDTH = 800;

    /** Below this many inked cells there is too little text to tell a line from a stain. */
    private static final int MIN_INK = 200;

    /**
     * How much sharper the best angle's profile must be than the typical one: a photo or a blank
     * page gives every angle nearly the same score, and its "skew" is noise.
     */
    private static final double MIN_CONFIDENCE = 1.3;

    private Skew() {
    }

    /**
     * The angle in degrees the page's lines run at: positive when they go down to the right (the
     * page is turned clockwise), 0 when the page shows no lines clear enough to tell.
     */
    static double of(BufferedImage grey, Ink ink) {
        // Reduced by area, so that a tall strip is reduced as much as a wide one (an A4 page as before).
        int reduction = Math.max(1, (int) Math.ceil(Math.sqrt(grey.getWidth() * (double) grey.getHeight()
                / (REDUCED_WIDTH * REDUCED_WIDTH * Math.sqrt(2)))));
        int[][] inked = inked(grey, ink.darkBelow(), reduction);
        int[] xs = inked[0];
        int[] ys = inked[1];
        if (xs.length < MIN_INK) {
            return 0;
        }
        int height = Math.ceilDiv(grey.getHeight(), reduction);
        int width = Math.ceilDiv(grey.getWidth(), reduction);
        int[] rows = new int[height + width + 2];
        int steps = (int) Math.round(2 * MAX_DEGREES / SWEEP_STEP);
        double[] scores = new double[steps + 1];
        int best = 0;
        for (int i = 0; i <= steps; i++) {
            scores[i] = sharpness(xs, ys, -MAX_DEGREES + i * SWEEP_STEP, rows, width);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best == 0 || best == steps || scores[best] < MIN_CONFIDENCE * median(scores)) {
            return 0;
        }
        double coarse = -MAX_DEGREES + best * SWEEP_STEP;
        double angle = coarse;
        double top = scores[best];
        for (double a = coarse - SWEEP_STEP; a <= coarse + SWEEP_STEP; a += FINE_STEP) {
            double score = sharpness(xs, ys, a, rows, width);
            if (score > top) {
                top = score;
                angle = a;
            }
        }
        return angle;
    }

    /**
     * The inked cells of the page reduced by {@code reduction}: a cell is inked when any of its
     * pixels is darker than the paper by a clear margin. Returned as their x and y.
     */
    private static int[][] inked(BufferedImage grey, int dark, int reduction) {
        Raster pixels = grey.getRaster();
        int width = Math.ceilDiv(grey.getWidth(), reduction);
        int height = Math.ceilDiv(grey.getHeight(), reduction);
        boolean[] cells = new boolean[width * height];
        int[] row = new int[grey.getWidth()];
        int count = 0;
        for (int y = 0; y < grey.getHeight(); y++) {
            pixels.getSamples(0, y, grey.getWidth(), 1, 0, row);
            int cellRow = y / reduction * width;
            for (int x = 0; x < row.length; x++) {
                int cell = cellRow + x / reduction;
                if (row[x] < dark && !cells[cell]) {
                    cells[cell] = true;
                    count++;
                }
            }
        }
        int[] xs = new int[count];
        int[] ys = new int[count];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i]) {
                xs[n] = i % width;
                ys[n] = i / width;
                n++;
            }
        }
        return new int[][] {xs, ys};
    }

    /** How sharply the row profile of the ink, sheared by the angle, changes from row to row. */
    private static double sharpness(int[] xs, int[] ys, double degrees, int[] rows, int width) {
        java.util.Arrays.fill(rows, 0);
        double slope = Math.tan(Math.toRadians(degrees));
        // Shifted so that no sheared row falls below 0, whichever way the page turns.
        double shift = slope > 0 ? slope * width + 1 : 1;
        for (int i = 0; i < xs.length; i++) {
            rows[(int) Math.round(ys[i] - xs[i] * slope + shift)]++;
        }
        double sum = 0;
        for (int r = 1; r < rows.length; r++) {
            double step = rows[r] - rows[r - 1];
            sum += step * step;
        }
        return sum;
    }

    private static double median(double[] scores) {
        double[] sorted = scores.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
