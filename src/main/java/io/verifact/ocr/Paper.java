package io.verifact.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * The paper's grey across a page, tile by tile. A flatbed scan or a photocopy has paper of one grey;
 * a photographed page has light falling across it, and Tesseract's single threshold then loses the
 * print on the darker side. Such a page is evened out: each pixel is brightened by what its paper
 * lacks, so the paper turns white all over and the print stays dark.
 */
final class Paper {

    /** Tiles across the page's width: each holds several words of ordinary print and some paper. */
    private static final int TILES_ACROSS = 24;

    /**
     * The grey of a tile's paper is its brightest pixels but a few: print and noise cover the rest.
     * Taken a little below the top so that a speck of glare does not count as paper.
     */
    private static final double PAPER_RANK = 0.95;

    /**
     * How far the paper's grey may differ across the page before it is evened out. A scan's paper,
     * grainy or not, stays within a few greys; light across a photographed slip does not.
     */
    private static final int UNEVEN = 32;

    /**
     * How many tiles around a tile its paper is looked for: a picture, a logo or a shaded cell
     * smaller than this is no paper, and the paper around it stands for it. Light changes slowly
     * across such a width; pictures do not.
     */
    private static final int REACH = 2;

    /** Tiles whose paper is darker than this hold no paper at all (a photo's ground, a black band): they are left out. */
    private static final int NO_PAPER = 40;

    private final int[] tiles;
    private final int across;
    private final int down;
    private final int tile;

    private Paper(int[] tiles, int across, int down, int tile) {
        this.tiles = tiles;
        this.across = across;
        this.down = down;
        this.tile = tile;
    }

    static Paper of(BufferedImage grey) {
        int tile = Math.max(8, grey.getWidth() / TILES_ACROSS);
        int across = Math.ceilDiv(grey.getWidth(), tile);
        int down = Math.ceilDiv(grey.getHeight(), tile);
        Raster pixels = grey.getRaster();
        int[] tiles = new int[across * down];
        // A strip far wider than high has tiles no higher than itself.
        int[] samples = new int[tile * Math.min(tile, grey.getHeight())];
        for (int ty = 0; ty < down; ty++) {
            for (int tx = 0; tx < across; tx++) {
                int x = tx * tile;
                int y = ty * tile;
                int w = Math.min(tile, grey.getWidth() - x);
                int h = Math.min(tile, grey.getHeight() - y);
                pixels.getSamples(x, y, w, h, 0, samples);
                int[] histogram = new int[256];
                for (int i = 0; i < w * h; i++) {
                    histogram[samples[i]]++;
                }
                tiles[ty * across + tx] = Grey.level(histogram, (long) (PAPER_RANK * w * h));
            }
        }
        // The brightest paper nearby, then the darkest of that: what is darker than its
        // surroundings and small is print or picture; what is darker over a wide stretch is light.
        int[] closed = extreme(extreme(tiles, across, down, Math::max), across, down, Math::min);
        return new Paper(closed, across, down, tile);
    }

    /** Each tile's highest or lowest value among the tiles within {@link #REACH} of it. */
    private static int[] extreme(int[] tiles, int across, int down, java.util.function.IntBinaryOperator pick) {
        int[] out = new int[tiles.length];
        for (int ty = 0; ty < down; ty++) {
            for (int tx = 0; tx < across; tx++) {
                int value = tiles[ty * across + tx];
                for (int y = Math.max(0, ty - REACH); y <= Math.min(down - 1, ty + REACH); y++) {
                    for (int x = Math.max(0, tx - REACH); x <= Math.min(across - 1, tx + REACH); x++) {
                        value = pick.applyAsInt(value, tiles[y * across + x]);
                    }
                }
                out[ty * across + tx] = value;
            }
        }
        return out;
    }

    /** Whether the paper's grey differs across the page by more than a scan's paper does. */
    boolean uneven() {
        return spread() > UNEVEN;
    }

    /**
     * How much the paper's grey differs across the page: from its 5th to its 95th percentile, so
     * that a few tiles filled by a large logo or a stain do not count.
     */
    int spread() {
        int[] paper = Arrays.stream(tiles).filter(level -> level > NO_PAPER).sorted().toArray();
        return paper.length < 4 ? 0 : paper[paper.length - 1 - paper.length / 20] - paper[paper.length / 20];
    }

    /** The page with its paper made white all over: each pixel divided by its paper's grey there. */
    BufferedImage evened(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        BufferedImage even = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Raster in = grey.getRaster();
        WritableRaster out = even.getRaster();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            in.getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                double paper = Math.max(NO_PAPER, at(x, y));
                row[x] = (int) Math.min(255, Math.round(row[x] * 255 / paper));
            }
            out.setSamples(0, y, width, 1, 0, row);
        }
        return even;
    }

    /** The paper's grey at a pixel, blended between the middles of the four tiles around it. */
    private double at(int x, int y) {
        double fx = Math.clamp((x + 0.5) / tile - 0.5, 0, across - 1);
        double fy = Math.clamp((y + 0.5) / tile - 0.5, 0, down - 1);
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(x0 + 1, across - 1);
        int y1 = Math.min(y0 + 1, down - 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = tiles[y0 * across + x0] * (1 - ax) + tiles[y0 * across + x1] * ax;
        double bottom = tiles[y1 * across + x0] * (1 - ax) + tiles[y1 * across + x1] * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
