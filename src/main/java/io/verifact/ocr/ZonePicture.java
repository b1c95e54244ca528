package io.verifact.ocr;

import io.verifact.document.Document.RenderedZone;
import io.verifact.model.Box;
import io.verifact.model.Word;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A zone of a page made ready for Tesseract: grey, at a resolution that suits small print, framed in
 * white; with whether it holds a single line, and the way back from its words to the page.
 *
 * @param image the picture Tesseract reads
 * @param dpi the resolution the picture stands at
 * @param oneLine whether the zone holds a single line of text
 * @param area the part of the page the picture shows, as fractions of the page
 * @param zone the zone the operator drew
 */
record ZonePicture(BufferedImage image, int dpi, boolean oneLine, Box area, Box zone) {

    /**
     * How far around the zone the page is looked at, as a fraction of the page (a millimetre or two
     * on A4): room for the characters the rectangle cuts to be taken whole.
     */
    private static final double MARGIN = 0.006;

    /** The resolution small print is read best at. */
    private static final int TARGET_DPI = 300;

    /** Beyond this, enlarging a coarse scan invents nothing more. */
    private static final double MAX_ENLARGEMENT = 4;

    /** No zone is read with more pixels than a whole A4 page at 300 dpi. */
    private static final long MAX_PIXELS = 2480L * 3508;

    /**
     * A single band of ink lower than 1.6 lines of small print (10 pt apart) is one line; two lines
     * of small print whose letters touch make a taller band.
     */
    private static final double ONE_LINE_INCHES = 1.6 * 10 / 72;

    /** Tesseract misreads text that touches the picture's edge. */
    private static final int BORDER = 10;

    /** The zone with its margin: what to render or cut out of the page. */
    static Box around(Box zone) {
        return new Box(zone.x0() - MARGIN, zone.y0() - MARGIN, zone.x1() + MARGIN, zone.y1() + MARGIN);
    }

    /** Whether the zone covers nothing of the page (drawn outside it, or a mere click). */
    static boolean outsidePage(Box zone) {
        Box onPage = RenderedZone.onPage(zone);
        return onPage.width() <= 0 || onPage.height() <= 0;
    }

    /** The zone, rendered with its margin, prepared for reading. */
    static ZonePicture of(RenderedZone rendered, Box zone) {
        BufferedImage grey = Grey.of(rendered.image());
        Ink ink = new Ink(grey);
        Rectangle read = ink.fitted(pixels(rendered, zone));
        boolean oneLine = ink.oneLine(read, (int) Math.round(ONE_LINE_INCHES * rendered.dpi()));
        double scale = scale(read.width, read.height, rendered.dpi());
        int width = Math.max(1, (int) Math.round(read.width * scale));
        int height = Math.max(1, (int) Math.round(read.height * scale));
        BufferedImage picture = Grey.of(grey.getSubimage(read.x, read.y, read.width, read.height), width, height, BORDER);
        return new ZonePicture(picture, (int) Math.round(rendered.dpi() * scale), oneLine, area(rendered, read), zone);
    }

    /** The zone's pixels on the rendered picture, which shows the zone and its margin. */
    private static Rectangle pixels(RenderedZone rendered, Box zone) {
        Box onPage = RenderedZone.onPage(zone);
        Box area = rendered.area();
        int width = rendered.image().getWidth();
        int height = rendered.image().getHeight();
        int left = Math.clamp((long) Math.floor((onPage.x0() - area.x0()) / area.width() * width), 0, width - 1);
        int top = Math.clamp((long) Math.floor((onPage.y0() - area.y0()) / area.height() * height), 0, height - 1);
        int right = Math.clamp((long) Math.ceil((onPage.x1() - area.x0()) / area.width() * width), left + 1, width);
        int bottom = Math.clamp((long) Math.ceil((onPage.y1() - area.y0()) / area.height() * height), top + 1, height);
        return new Rectangle(left, top, right - left, bottom - top);
    }

    /** Where the pixels read stand on the page. */
    private static Box area(RenderedZone rendered, Rectangle read) {
        Box area = rendered.area();
        double width = rendered.image().getWidth();
        double height = rendered.image().getHeight();
        return new Box(area.x0() + read.x / width * area.width(), area.y0() + read.y / height * area.height(),
                area.x0() + (read.x + read.width) / width * area.width(), area.y0() + (read.y + read.height) / height * area.height());
    }

    private static double scale(int width, int height, int dpi) {
        double scale = Math.clamp((double) TARGET_DPI / dpi, 1, MAX_ENLARGEMENT);
        double pixels = (double) width * height * scale * scale;
        return pixels > MAX_PIXELS ? Math.sqrt(MAX_PIXELS / ((double) width * height)) : scale;
    }

    /**
     * The words read on the picture that belong to the zone, those whose middle lies in it, with
     * their boxes moved to where they stand on the page.
     */
    List<Word> onPage(List<Word> read) {
        return read.stream().map(this::onPage).filter(word -> holds(word.box())).toList();
    }

    private Word onPage(Word read) {
        Box box = read.box();
        return new Word(read.text(), new Box(pageX(box.x0()), pageY(box.y0()), pageX(box.x1()), pageY(box.y1())),
                read.confidence(), read.line(), read.block());
    }

    private boolean holds(Box word) {
        return zone.contains(new Box(word.centerX(), word.centerY(), word.centerX(), word.centerY()));
    }

    private double pageX(double fraction) {
        int inner = image.getWidth() - 2 * BORDER;
        return area.x0() + Math.clamp((fraction * image.getWidth() - BORDER) / inner, 0, 1) * area.width();
    }

    private double pageY(double fraction) {
        int inner = image.getHeight() - 2 * BORDER;
        return area.y0() + Math.clamp((fraction * image.getHeight() - BORDER) / inner, 0, 1) * area.height();
    }
}
