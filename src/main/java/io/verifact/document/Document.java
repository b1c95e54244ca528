package io.verifact.document;

import io.verifact.model.Word;

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

    @Override
    void close();

    /** A page's width and height. */
    record PageSize(double width, double height) {
    }

    /** A rendered page and the resolution it stands at. */
    record Rendered(BufferedImage image, int dpi) {
    }
}
