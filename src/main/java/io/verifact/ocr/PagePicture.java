package io.verifact.ocr;

import io.verifact.model.Box;
import io.verifact.model.Word;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A whole page made ready for Tesseract: grey, turned straight, enlarged when its print is too small
 * to read; with the way back from the words read on it to where they stand on the page as scanned.
 *
 * @param image the picture Tesseract reads
 * @param dpi the resolution the picture stands at
 * @param toPicture where a pixel of the page as scanned lands on the picture
 * @param pageWidth the page's width as scanned, in pixels
 * @param pageHeight the page's height as scanned, in pixels
 */
record PagePicture(BufferedImage image, int dpi, AffineTransform toPicture, int pageWidth, int pageHeight) {

    /**
     * A page fed askew by less than this is read as well as it is turned straight (measured on
     * photocopies 0.8° askew); from a degree on, turned straight it is read with more of its amounts.
     */
    static final double MIN_TURN_DEGREES = 1.0;

    /** The height of a word's box, in pixels, at which Tesseract reads best: 10 pt print at 300 dpi. */
    private static final double READABLE_WORD_HEIGHT = 30;

    /**
     * Print whose words are lower than this is enlarged (7 pt print scanned at 100 dpi makes words
     * of 10 pixels): Tesseract loses its decimal points and whole boxed totals. Print of 8 to 10 pt
     * scanned at 200 dpi (words 13 to 20 pixels high) is read as well as it is enlarged, in half the time.
     */
    private static final double SMALL_WORD_HEIGHT = 12;

    /** Beyond this, enlarging a coarse scan invents nothing more. */
    private static final double MAX_ENLARGEMENT = 4;

    /** No page is enlarged past the pixels of an A4 page at 300 dpi. */
    private static final long MAX_PIXELS = 2480L * 3508;

    /**
     * Turning a page straight may not make its canvas more than this many times larger than the page
     * (enlarged): an A4 page askew by 7° grows by a quarter, a long till roll by eight times.
     */
    private static final double MAX_TURNED_GROWTH = 2;

    /** Words read with less confidence than this say little about the size of the print. */
    private static final double SURE = 0.5;

    PagePicture {
        toPicture = new AffineTransform(toPicture);
    }

    /** The page as scanned, only made grey. */
    static PagePicture of(BufferedImage grey, int dpi) {
        return new PagePicture(grey, dpi, new AffineTransform(), grey.getWidth(), grey.getHeight());
    }

    /**
     * The page turned by {@code degrees} (positive turns it clockwise) about its middle and enlarged
     * {@code scale} times, on a canvas large enough to keep its corners, the rest the paper's grey:
     * an edge between the scan's paper and a white ground would read as a ruled line. A page whose
     * turned canvas would grow past {@link #MAX_TURNED_GROWTH} times its size (a long, narrow roll)
     * is not turned: Tesseract reads a few degrees of skew, and memory is not spent on blank corners.
     */
    static PagePicture of(BufferedImage grey, int dpi, double degrees, double scale, int paper) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        double radians = Math.toRadians(degrees);
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        if ((w * cos + h * sin) * (h * cos + w * sin) > MAX_TURNED_GROWTH * w * h) {
            radians = 0;
            cos = 1;
            sin = 0;
        }
        if (radians == 0 && scale == 1) {
            return of(grey, dpi);
        }
        int width = (int) Math.ceil((w * cos + h * sin) * scale);
        int height = (int) Math.ceil((h * cos + w * sin) * scale);
        AffineTransform toPicture = new AffineTransform();
        toPicture.translate(width / 2.0, height / 2.0);
        toPicture.scale(scale, scale);
        toPicture.rotate(radians);
        toPicture.translate(-w / 2.0, -h / 2.0);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(new Color(paper, paper, paper));
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    scale > 1 ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grey, toPicture, null);
        } finally {
            g.dispose();
        }
        return new PagePicture(picture, (int) Math.round(dpi * scale), toPicture, w, h);
    }

    /**
     * How many times the page must be enlarged for its print to be read well, judging by the words
     * read on it: 1 when the print is large enough, or when too few words were read to tell.
     */
    double enlargementFor(List<Word> read) {
        double[] heights = read.stream()
                .filter(w -> w.confidence() >= SURE && w.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2)
                .mapToDouble(w -> w.box().height() * image.getHeight())
                .sorted().toArray();
        if (heights.length < 3) {
            return 1;
        }
        double height = heights[heights.length / 2] / scale();
        if (height >= SMALL_WORD_HEIGHT) {
            return 1;
        }
        double scale = Math.min(MAX_ENLARGEMENT, READABLE_WORD_HEIGHT / height);
        double pixels = (double) pageWidth * pageHeight * scale * scale;
        return pixels > MAX_PIXELS ? Math.max(1, Math.sqrt(MAX_PIXELS / ((double) pageWidth * pageHeight))) : scale;
    }

    /** How many times the picture is larger than the page. */
    double scale() {
        return Math.hypot(toPicture.getScaleX(), toPicture.getShearY());
    }

    /** The words read on the picture, with their boxes moved to where they stand on the page as scanned. */
    List<Word> onPage(List<Word> read) {
        if (toPicture.isIdentity()) {
            return read;
        }
        AffineTransform toPage;
        try {
            toPage = toPicture.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a page turned and enlarged can always be turned back", e);
        }
        return read.stream().map(word -> onPage(word, toPage)).toList();
    }

    /** The word's box on the page: the smallest upright box around the four corners of its box on the picture. */
    private Word onPage(Word read, AffineTransform toPage) {
        Box box = read.box();
        double width = image.getWidth();
        double height = image.getHeight();
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double x : new double[] {box.x0(), box.x1()}) {
            for (double y : new double[] {box.y0(), box.y1()}) {
                Point2D corner = toPage.transform(new Point2D.Double(x * width, y * height), null);
                left = Math.min(left, corner.getX());
                top = Math.min(top, corner.getY());
                right = Math.max(right, corner.getX());
                bottom = Math.max(bottom, corner.getY());
            }
        }
        return new Word(read.text(), Box.of(left, top, right, bottom, pageWidth, pageHeight), read.confidence(), read.line(), read.block());
    }
}
