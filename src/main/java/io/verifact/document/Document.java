package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/** An opened PDF or image: its pages, their text layer and their pictures. Close it when done. */
public interface Document extends AutoCloseable {

    MediaType type();

    int pageCount();

    /** The page's size in points for a PDF, in pixels for an image; pages are numbered from 1. */
    PageSize size(int page);

    /** The words of the page's text layer, in reading order; empty for an image or a scan without text. */
    List<Word> textLayer(int page) throws DocumentRefused;

    /** Whether the page draws a picture (a scan, a photo): only then can OCR find more than its text layer. */
    boolean drawsPictures(int page);

    /**
     * The page as a grey picture for OCR. A PDF page is rendered at {@code dpi}, lowered if the page
     * would exceed the pixel limit; an image page comes as it was scanned.
     */
    Rendered render(int page, int dpi) throws DocumentRefused;

    /**
     * One zone of the page as a picture, for reading that zone alone. A PDF page renders only the
     * zone, at {@code dpi} lowered if the zone would exceed the pixel limit; an image page is cut
     * at the resolution it was scanned at. The zone is clamped to the page and must overlap it.
     */
    RenderedZone renderZone(int page, Box zone, int dpi) throws DocumentRefused;

    @Override
    void close();

    /** A page's width and height. */
    record PageSize(double width, double height) {
    }

    /**
     * A rendered page and the resolution it stands at.
     *
     * @param stated whether the resolution is known (a PDF rendered, an image that states it), or only
     *        guessed from the picture's width (an image that states none)
     */
    record Rendered(BufferedImage image, int dpi, boolean stated) {

        public Rendered(BufferedImage image, int dpi) {
            this(image, dpi, true);
        }
    }

    /**
     * A zone of a page rendered: its picture, the resolution it stands at, and the part of the page
     * it shows, in fractions of the page (the zone asked for, clamped to the page and widened to
     * whole pixels).
     */
    record RenderedZone(BufferedImage image, int dpi, Box area) {

        /** The zone of a whole page's picture, cut out as a picture of its own at the page's resolution. */
        public static RenderedZone cut(BufferedImage page, int dpi, Box zone) {
            int width = page.getWidth();
            int height = page.getHeight();
            Rectangle pixels = pixels(zone, width, height);
            BufferedImage part = page.getSubimage(pixels.x, pixels.y, pixels.width, pixels.height);
            // A copy, so that the page's pixels are neither kept alive nor shared with whoever reads the zone.
            BufferedImage copy = new BufferedImage(page.getColorModel(),
                    part.getRaster().createCompatibleWritableRaster(pixels.width, pixels.height), page.isAlphaPremultiplied(), null);
            part.copyData(copy.getRaster());
            return new RenderedZone(copy, dpi, area(pixels, width, height));
        }

        /** The whole pixels a zone covers on a page picture of that size, at least one, inside the page. */
        static Rectangle pixels(Box zone, int width, int height) {
            Box onPage = onPage(zone);
            if (onPage.width() <= 0 || onPage.height() <= 0) {
                throw new IllegalArgumentException("the zone " + zone + " lies outside the page");
            }
            int left = Math.min((int) Math.floor(onPage.x0() * width), width - 1);
            int top = Math.min((int) Math.floor(onPage.y0() * height), height - 1);
            int right = Math.max((int) Math.ceil(onPage.x1() * width), left + 1);
            int bottom = Math.max((int) Math.ceil(onPage.y1() * height), top + 1);
            return new Rectangle(left, top, Math.min(right, width) - left, Math.min(bottom, height) - top);
        }

        /** The part of the zone that lies on the page; it has no area when the zone lies outside the page. */
        public static Box onPage(Box zone) {
            return Box.of(zone.x0(), zone.y0(), zone.x1(), zone.y1(), 1, 1);
        }

        static Box area(Rectangle pixels, int width, int height) {
            return Box.of(pixels.x, pixels.y, pixels.x + pixels.width, pixels.y + pixels.height, width, height);
        }
    }
}
