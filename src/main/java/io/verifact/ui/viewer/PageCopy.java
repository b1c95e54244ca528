package io.verifact.ui.viewer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A page made smaller once, so that it can be drawn pixel for pixel at the zoom it was made for:
 * panning then copies pixels instead of scaling the visible part of the page again on every frame.
 *
 * <p>Each pixel of the copy is the average of the page pixels it covers, weighted by how much of each
 * it covers (an area average), which keeps thin strokes and small print readable where scaling by
 * sampling loses them. The copy is made a few page rows at a time ({@link #advance(int)}), so that
 * the work can be spread between frames; it reads the page one row at a time.
 */
final class PageCopy {

    private static final WritablePixelFormat<ByteBuffer> BGRA_PRE = PixelFormat.getByteBgraPreInstance();
    /** A whole pixel of the copy along one axis, in the parts the weights are counted in. */
    static final int ONE = 1 << 8;
    private static final int SHIFT = 16;
    private static final int HALF = 1 << (SHIFT - 1);

    private final PixelReader reader;
    private final PixelWriter writer;
    private final WritableImage copy;
    private final int pageWidth;
    private final int pageHeight;
    private final int width;

    // Where each page column and row falls in the copy: the first it covers, and its weights there and in the next.
    private final int[] column;
    private final int[] intoColumn;
    private final int[] intoNextColumn;
    private final int[] row;
    private final int[] intoRow;
    private final int[] intoNextRow;

    private final byte[] pageRow;
    private final int[] across;
    /** The copy's row being filled and the next, which a page row across their border also feeds. */
    private int[] filling;
    private int[] next;
    private final byte[] out;
    private int filled;
    /** The next page row to read. */
    private int y;

    /**
     * Begins a copy of the page at {@code width} × {@code height} pixels, each no larger than the
     * page's own. The page must be loaded.
     */
    PageCopy(Image page, int width, int height) {
        reader = page.getPixelReader();
        pageWidth = (int) page.getWidth();
        pageHeight = (int) page.getHeight();
        if (reader == null || width < 1 || height < 1 || width > pageWidth || height > pageHeight) {
            throw new IllegalArgumentException("a copy of " + width + " x " + height + " px cannot be made smaller from a page of "
                    + pageWidth + " x " + pageHeight + " px");
        }
        this.width = width;
        column = new int[pageWidth];
        intoColumn = new int[pageWidth];
        intoNextColumn = new int[pageWidth];
        split(pageWidth, width, column, intoColumn, intoNextColumn);
        row = new int[pageHeight];
        intoRow = new int[pageHeight];
        intoNextRow = new int[pageHeight];
        split(pageHeight, height, row, intoRow, intoNextRow);
        copy = new WritableImage(width, height);
        writer = copy.getPixelWriter();
        pageRow = new byte[4 * pageWidth];
        across = new int[4 * (width + 1)];
        filling = new int[4 * (width + 1)];
        next = new int[4 * (width + 1)];
        out = new byte[4 * width];
    }

    /** How many page pixels a call to {@link #advance(int)} reads per row. */
    int pageWidth() {
        return pageWidth;
    }

    /** Whether every row of the page has been read, and the copy is whole. */
    boolean done() {
        return y >= pageHeight;
    }

    /** The copy, whole once {@link #done()}. */
    WritableImage image() {
        return copy;
    }

    /** Reads up to {@code rows} more page rows into the copy; returns whether it is whole. */
    boolean advance(int rows) {
        int end = (int) Math.min(pageHeight, (long) y + rows);
        for (; y < end; y++) {
            readRow();
        }
        if (done() && filling != null) {
            emit(filling, filled);
            filling = null;
            next = null;
        }
        return done();
    }

    private void readRow() {
        reader.getPixels(0, y, pageWidth, 1, BGRA_PRE, pageRow, 0, pageRow.length);
        Arrays.fill(across, 0);
        for (int x = 0, p = 0; x < pageWidth; x++, p += 4) {
            int i = 4 * column[x];
            int first = intoColumn[x];
            int second = intoNextColumn[x];
            int b = pageRow[p] & 0xFF;
            int g = pageRow[p + 1] & 0xFF;
            int r = pageRow[p + 2] & 0xFF;
            int a = pageRow[p + 3] & 0xFF;
            across[i] += first * b;
            across[i + 1] += first * g;
            across[i + 2] += first * r;
            across[i + 3] += first * a;
            across[i + 4] += second * b;
            across[i + 5] += second * g;
            across[i + 6] += second * r;
            across[i + 7] += second * a;
        }
        if (row[y] > filled) {
            emit(filling, filled);
            int[] done = filling;
            filling = next;
            next = done;
            Arrays.fill(next, 0);
            filled = row[y];
        }
        int first = intoRow[y];
        int second = intoNextRow[y];
        int length = 4 * width;
        for (int i = 0; i < length; i++) {
            filling[i] += first * across[i];
        }
        if (second != 0) {
            for (int i = 0; i < length; i++) {
                next[i] += second * across[i];
            }
        }
    }

    /** Writes one finished row of the copy: its sums carry ONE × ONE of weight per pixel. */
    private void emit(int[] sums, int at) {
        for (int i = 0; i < out.length; i += 4) {
            int a = (sums[i + 3] + HALF) >>> SHIFT;
            out[i] = (byte) Math.min(a, (sums[i] + HALF) >>> SHIFT);
            out[i + 1] = (byte) Math.min(a, (sums[i + 1] + HALF) >>> SHIFT);
            out[i + 2] = (byte) Math.min(a, (sums[i + 2] + HALF) >>> SHIFT);
            out[i + 3] = (byte) a;
        }
        writer.setPixels(0, at, width, 1, BGRA_PRE, out, 0, out.length);
    }

    /**
     * Where each of {@code from} page pixels along an axis falls among the {@code to} pixels of the
     * copy: the first it covers, and how much of it goes there and to the next, in ONE parts of a
     * pixel of the copy. The borders are rounded once, so each pixel of the copy gets exactly ONE.
     */
    static void split(int from, int to, int[] first, int[] intoFirst, int[] intoNext) {
        for (int i = 0; i < from; i++) {
            long start = (long) i * to * ONE / from;
            long end = (long) (i + 1) * to * ONE / from;
            int cell = (int) (start / ONE);
            long border = (long) (cell + 1) * ONE;
            first[i] = cell;
            intoFirst[i] = (int) (Math.min(end, border) - start);
            intoNext[i] = (int) (end - start - intoFirst[i]);
        }
    }
}
