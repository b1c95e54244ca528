package io.verifact.ui;

import io.verifact.model.Box;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** A zone of a page shown magnified in a picture, with a little of the page around it, so its words are read in context. */
final class PageSnippet {

    /** How much page is kept around the zone, as a fraction of the page: more across than down, where lines are close. */
    private static final double MARGIN = 0.01;

    /**
     * How much is kept above and below the zone, at most, as a share of its height: enough for the letters that
     * reach below a text layer's box (its bottom is the line's baseline), too little to show a slice of the lines
     * above and below, whose cut letters were read as part of the field.
     */
    private static final double LINE_ROOM = 0.4;

    private PageSnippet() {
    }

    /**
     * Shows the zone of the page in the picture, turned as the page is shown; a null page or zone shows nothing.
     *
     * @param turns how far the page is shown turned, in quarter turns clockwise
     * @param readingTurns how far the page was turned to be read: on a page read sideways, its lines run down the page as scanned
     */
    static void show(ImageView picture, Image page, Box zone, int turns, int readingTurns) {
        if (page == null || zone == null) {
            picture.setImage(null);
            return;
        }
        boolean linesRunDown = Math.floorMod(readingTurns, 2) == 1;
        // Room along the line for context, and above and below it only for the letters of the line itself.
        double along = MARGIN * 3;
        double across = Math.min(MARGIN, LINE_ROOM * (linesRunDown ? zone.x1() - zone.x0() : zone.y1() - zone.y0()));
        double aside = linesRunDown ? across : along;
        double down = linesRunDown ? along : across;
        double x0 = Math.max(0, zone.x0() - aside) * page.getWidth();
        double y0 = Math.max(0, zone.y0() - down) * page.getHeight();
        double x1 = Math.min(1, zone.x1() + aside) * page.getWidth();
        double y1 = Math.min(1, zone.y1() + down) * page.getHeight();
        Rectangle2D around = new Rectangle2D(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        int quarter = Math.floorMod(turns, 4);
        PixelReader pixels = page.getPixelReader();
        if (quarter == 0 || pixels == null) {
            picture.setImage(page);
            picture.setViewport(around);
            return;
        }
        // A page shown turned has its words read as it is shown: the zone's picture is turned the same way.
        picture.setViewport(null);
        picture.setImage(turned(pixels, around, quarter));
    }

    /** The part of the page, turned clockwise by quarter turns (1 to 3). */
    static Image turned(PixelReader pixels, Rectangle2D part, int quarter) {
        int x = (int) part.getMinX();
        int y = (int) part.getMinY();
        int width = Math.max(1, (int) Math.ceil(part.getMaxX()) - x);
        int height = Math.max(1, (int) Math.ceil(part.getMaxY()) - y);
        int[] from = new int[width * height];
        pixels.getPixels(x, y, width, height, PixelFormat.getIntArgbInstance(), from, 0, width);
        boolean sideways = quarter % 2 == 1;
        int turnedWidth = sideways ? height : width;
        int turnedHeight = sideways ? width : height;
        int[] to = new int[from.length];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int tx;
                int ty;
                switch (quarter) {
                    case 1 -> {
                        tx = height - 1 - row;
                        ty = column;
                    }
                    case 2 -> {
                        tx = width - 1 - column;
                        ty = height - 1 - row;
                    }
                    default -> {
                        tx = row;
                        ty = width - 1 - column;
                    }
                }
                to[ty * turnedWidth + tx] = from[row * width + column];
            }
        }
        WritableImage image = new WritableImage(turnedWidth, turnedHeight);
        image.getPixelWriter().setPixels(0, 0, turnedWidth, turnedHeight, PixelFormat.getIntArgbInstance(), to, 0, turnedWidth);
        return image;
    }
}
