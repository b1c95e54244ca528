package io.verifact.document;

import io.verifact.model.Box;
import io.verifact.model.Word;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A PDF opened with PDFBox; pages are read on demand. */
final class PdfDocument implements Document {

    private static final int END_OF_FILE_WINDOW = 1024;

    /** What one document's decoded streams may take of the heap before they spill to disk. */
    private static final long STREAMS_IN_MEMORY = 64L * 1024 * 1024;

    private final PDDocument pdf;
    /** The fonts its text layers have made, shared by its pages as PDFBox's own resource cache shares fonts. */
    private final Map<COSDictionary, PDFont> textFonts = TextOnlyFonts.fontsOfADocument();
    private final Limits limits;
    private final int pageCount;
    private PDFRenderer renderer;

    private PdfDocument(PDDocument pdf, Limits limits, int pageCount) {
        this.pdf = pdf;
        this.limits = limits;
        this.pageCount = pageCount;
    }

    static PdfDocument open(byte[] bytes, Limits limits) throws DocumentRefused {
        if (!endsWithEndOfFileMarker(bytes)) {
            // PDFBox rebuilds a cut file from what is left and would read it as an invoice with missing parts.
            throw DocumentRefused.of(Refusal.DAMAGED, ": it is cut short, its end is missing");
        }
        PDDocument pdf;
        try {
            // An empty user password is tried by default, so PDFs that are merely restricted open.
            // Decoded streams stay in memory up to a bound, then go to temporary files, whatever the file holds.
            pdf = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(STREAMS_IN_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw DocumentRefused.of(e, Refusal.PASSWORD);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw DocumentRefused.of(e, Refusal.DAMAGED, ": " + reason(e));
        }
        try {
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw DocumentRefused.of(Refusal.TOO_MANY_PAGES, pages, limits.maxPages());
            }
            if (pages == 0) {
                throw DocumentRefused.of(Refusal.DAMAGED, ": it has no pages");
            }
            if (PageTree.pages(pdf, limits) != pages) {
                throw DocumentRefused.of(Refusal.DAMAGED, ": its page tree is broken");
            }
            return new PdfDocument(pdf, limits, pages);
        } catch (DocumentRefused e) {
            closeQuietly(pdf);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            closeQuietly(pdf);
            throw DocumentRefused.of(e, Refusal.DAMAGED, ": its page tree is broken");
        }
    }

    /** Whether %%EOF stands in the last kilobyte, where every PDF writer puts it and Acrobat looks for it. */
    private static boolean endsWithEndOfFileMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - END_OF_FILE_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    @Override
    public MediaType type() {
        return MediaType.PDF;
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public PageSize size(int page) {
        PDPage p = page(page);
        PDRectangle box = p.getCropBox();
        boolean turned = p.getRotation() % 180 != 0;
        return turned ? new PageSize(box.getHeight(), box.getWidth()) : new PageSize(box.getWidth(), box.getHeight());
    }

    @Override
    public List<Word> textLayer(int page) throws DocumentRefused {
        try {
            return TextLayer.read(pdf, page, textFonts);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw DocumentRefused.of(e, Refusal.DAMAGED, " (page " + page + ": " + reason(e) + ")");
        }
    }

    @Override
    public boolean drawsPictures(int page) {
        try {
            return DrawnPictures.drawn(page(page).getResources(), 0);
        } catch (RuntimeException | StackOverflowError e) {
            // Unreadable resources: say yes, so that OCR gets its chance at the page.
            return true;
        }
    }

    @Override
    public Rendered render(int page, int dpi) throws DocumentRefused {
        PageSize size = size(page);
        int fitting = fitting(size.width(), size.height(), dpi);
        try {
            return new Rendered(renderer().renderImageWithDPI(page - 1, fitting, ImageType.GRAY), fitting);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw DocumentRefused.of(e, Refusal.DAMAGED, " (page " + page + ": " + reason(e) + ")");
        }
    }

    /**
     * Draws only the zone: the page is drawn through a window the size of the zone, so a small zone
     * costs a small picture, whatever the resolution.
     */
    @Override
    public RenderedZone renderZone(int page, Box zone, int dpi) throws DocumentRefused {
        PageSize size = size(page);
        Box onPage = RenderedZone.onPage(zone);
        int fitting = fitting(size.width() * onPage.width(), size.height() * onPage.height(), dpi);
        int width = Math.max(1, (int) Math.floor(size.width() / 72 * fitting));
        int height = Math.max(1, (int) Math.floor(size.height() / 72 * fitting));
        Rectangle pixels = RenderedZone.pixels(zone, width, height);
        BufferedImage picture = new BufferedImage(pixels.width, pixels.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = picture.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, pixels.width, pixels.height);
            g.translate(-pixels.x, -pixels.y);
            float scale = fitting / 72f;
            renderer().renderPageToGraphics(page - 1, g, scale, scale, RenderDestination.EXPORT);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw DocumentRefused.of(e, Refusal.DAMAGED, " (page " + page + ": " + reason(e) + ")");
        } finally {
            g.dispose();
        }
        return new RenderedZone(picture, fitting, RenderedZone.area(pixels, width, height));
    }

    /** The resolution, {@code dpi} or lower, at which an area of that size in points stays within the pixel limit. */
    private int fitting(double width, double height, int dpi) throws DocumentRefused {
        int fitting = dpi;
        while (fitting > 36 && pixels(width, height, fitting) > limits.maxPixelsPerPage()) {
            fitting = fitting * 3 / 4;
        }
        if (pixels(width, height, fitting) > limits.maxPixelsPerPage()) {
            throw DocumentRefused.of(Refusal.PAGE_TOO_LARGE, "%.0f × %.0f cm".formatted(width / 72 * 2.54, height / 72 * 2.54));
        }
        return fitting;
    }

    private PDFRenderer renderer() {
        if (renderer == null) {
            renderer = new PDFRenderer(pdf);
            renderer.setSubsamplingAllowed(true);
        }
        return renderer;
    }

    private static long pixels(double width, double height, int dpi) {
        return (long) (width / 72 * dpi) * (long) (height / 72 * dpi);
    }

    private PDPage page(int page) {
        if (page < 1 || page > pageCount) {
            throw new IndexOutOfBoundsException("page " + page + " of " + pageCount);
        }
        return pdf.getPage(page - 1);
    }

    @Override
    public void close() {
        closeQuietly(pdf);
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException | RuntimeException ignored) {
            // Nothing more can be done for a document that is being dropped.
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "its structure is nested too deeply";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
