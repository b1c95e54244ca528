package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** A scanned image: PNG, JPEG, or TIFF with one page or many. */
final class ImageDocument implements Document {

    /** Scanners that write no resolution almost always scan invoices at 200 or 300 dpi; A4 width tells which. */
    private static final double A4_WIDTH_INCHES = 8.27;

    private final ImageReader reader;
    private final ImageInputStream input;
    private final MediaType type;
    private final int pageCount;
    private final Limits limits;
    /** The page last decoded for its zones, so that a mask's zones on one page decode it once. */
    private Rendered zonesPage;
    private int zonesPageNumber;

    private ImageDocument(ImageReader reader, ImageInputStream input, MediaType type, int pageCount, Limits limits) {
        this.reader = reader;
        this.input = input;
        this.type = type;
        this.pageCount = pageCount;
        this.limits = limits;
    }

    static ImageDocument open(byte[] bytes, MediaType type, Limits limits) throws DocumentRefused {
        ImageInputStream input = null;
        ImageReader reader = null;
        try {
            input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw DocumentRefused.of(Refusal.UNSUPPORTED, " (no reader for this " + type + " variant)");
            }
            reader = readers.next();
            // Metadata read too: a scan states its resolution there, and Tesseract reads print best when told it.
            reader.setInput(input, false, false);
            int pages = type == MediaType.TIFF ? countPages(reader, limits.maxPages()) : 1;
            if (pages > limits.maxPages()) {
                // Counting stops one past the limit: the file has at least that many.
                throw DocumentRefused.of(Refusal.TOO_MANY_PAGES, "at least " + pages, limits.maxPages());
            }
            if (pages < 1) {
                throw DocumentRefused.of(Refusal.DAMAGED, ": it holds no image");
            }
            ImageDocument document = new ImageDocument(reader, input, type, pages, limits);
            for (int page = 1; page <= pages; page++) {
                document.checkPixels(page);
            }
            return document;
        } catch (DocumentRefused e) {
            dispose(reader, input);
            throw e;
        } catch (IOException | RuntimeException e) {
            dispose(reader, input);
            throw DocumentRefused.of(e, Refusal.DAMAGED, ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * Counts a TIFF's pages one by one up to one past the limit: asking the reader for the total
     * walks the whole page chain, which a crafted file makes endless.
     */
    private static int countPages(ImageReader reader, int maxPages) throws IOException {
        int pages = 0;
        while (pages <= maxPages) {
            try {
                reader.getWidth(pages);
            } catch (IndexOutOfBoundsException end) {
                break;
            }
            pages++;
        }
        return pages;
    }

    private void checkPixels(int page) throws IOException, DocumentRefused {
        long width = reader.getWidth(page - 1);
        long height = reader.getHeight(page - 1);
        if (width <= 0 || height <= 0) {
            throw DocumentRefused.of(Refusal.DAMAGED, ": page " + page + " has no size");
        }
        if (width * height > limits.maxPixelsPerPage()) {
            throw DocumentRefused.of(Refusal.PAGE_TOO_LARGE, width + " × " + height + " pixels");
        }
    }

    @Override
    public MediaType type() {
        return type;
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public PageSize size(int page) {
        try {
            return new PageSize(reader.getWidth(page - 1), reader.getHeight(page - 1));
        } catch (IOException e) {
            throw new IllegalStateException("image page " + page + " cannot be measured", e);
        }
    }

    @Override
    public boolean drawsPictures(int page) {
        return true;
    }

    @Override
    public List<Word> textLayer(int page) {
        return List.of();
    }

    @Override
    public synchronized Rendered render(int page, int dpi) throws DocumentRefused {
        try {
            BufferedImage image = reader.read(page - 1);
            int stated = statedDpi(page);
            return credible(stated) ? new Rendered(image, stated) : new Rendered(image, (int) Math.round(image.getWidth() / A4_WIDTH_INCHES), false);
        } catch (IOException | RuntimeException e) {
            throw DocumentRefused.of(e, Refusal.DAMAGED, " (page " + page + ": " + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw DocumentRefused.of(Refusal.PAGE_TOO_LARGE, "not enough memory to decode it");
        }
    }

    @Override
    public synchronized RenderedZone renderZone(int page, Box zone, int dpi) throws DocumentRefused {
        if (zonesPage == null || zonesPageNumber != page) {
            zonesPage = null;
            zonesPage = render(page, dpi);
            zonesPageNumber = page;
        }
        return RenderedZone.cut(zonesPage.image(), zonesPage.dpi(), zone);
    }

    /** A resolution a scan of an invoice can have: below it, a screen's 72 or 96 written by a program that did not know. */
    private static boolean credible(int dpi) {
        return dpi >= 100 && dpi <= 1200;
    }

    /** The horizontal resolution the file states, or 0. */
    private int statedDpi(int page) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(page - 1);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            var root = (org.w3c.dom.Element) metadata.getAsTree("javax_imageio_1.0");
            var sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return 0;
            }
            double millimetresPerPixel = Double.parseDouble(((org.w3c.dom.Element) sizes.item(0)).getAttribute("value"));
            return millimetresPerPixel > 0 ? (int) Math.round(25.4 / millimetresPerPixel) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public synchronized void close() {
        zonesPage = null;
        dispose(reader, input);
    }

    private static void dispose(ImageReader reader, ImageInputStream input) {
        if (reader != null) {
            reader.dispose();
        }
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // An in-memory stream has nothing left to release.
            }
        }
    }
}
