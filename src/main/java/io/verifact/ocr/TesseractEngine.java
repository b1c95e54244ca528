package io.verifact.ocr;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Watchdog;
import io.verifact.model.Box;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Word;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import com.sun.jna.ptr.PointerByReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tesseract through tess4j: one single-threaded engine per core, each started once and reused for
 * every page it reads, so no page pays for loading the models.
 */
public final class TesseractEngine implements OcrEngine {

    private static final Logger log = LoggerFactory.getLogger(TesseractEngine.class);

    /** The resolution PDF pages without text are rendered at: what Tesseract reads best. */
    public static final int RENDER_DPI = 300;

    private final String configuredTessdata;
    private volatile Path tessdata;
    private final String languages;
    private final int size;
    private final BlockingQueue<TessBaseAPI> idle;
    private final AtomicInteger started = new AtomicInteger();
    private final List<TessBaseAPI> all = new ArrayList<>();
    /** Each reading engine's orientation detector, or null where there is no orientation data. */
    private final Map<TessBaseAPI, TessBaseAPI> compasses = new IdentityHashMap<>();
    private volatile boolean closed;

    /**
     * @param tessdata the language data folder, or null to find it
     * @param languages Tesseract's language list, such as {@code fra+eng+deu+nld}
     * @param engines how many pages may be read at once (one engine each)
     */
    public TesseractEngine(String tessdata, String languages, int engines) {
        this.configuredTessdata = tessdata;
        this.languages = languages;
        this.size = Math.max(1, engines);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Starts one engine now, so that a missing installation is reported before any work begins. */
    public TesseractEngine verified() {
        release(acquire());
        return this;
    }

    /** Tesseract's choice of threshold between ink and paper: Otsu's over the whole page, or Sauvola's per neighbourhood. */
    private static final String THRESHOLDING = "thresholding_method";
    private static final String GLOBAL = "0";
    private static final String SAUVOLA = "2";

    /** Tells Tesseract the resolution is unknown: it estimates it from the print. */
    private static final int UNKNOWN_DPI = 0;

    @Override
    public Engine kind() {
        return Engine.TESSERACT;
    }

    @Override
    public PageText read(Document document, int page) throws DocumentRefused {
        Document.Rendered rendered = document.render(page, RENDER_DPI);
        var size = document.size(page);
        // A picture whose resolution is only guessed is left to Tesseract to judge by the height of its print:
        // a till slip guessed as an A4 page is read as 80 dpi, at which Tesseract drops digits.
        WholePage.Read read = readUpright(rendered.image(), rendered.stated() ? rendered.dpi() : UNKNOWN_DPI);
        return new PageText(page, read.words(), Engine.TESSERACT, size.width(), size.height(), read.uprightTurns());
    }

    /**
     * The words of a whole page's picture, made ready for Tesseract as the page needs (see
     * {@link WholePage}), and read upright when it was scanned upside down or sideways; boxes are fractions of
     * the picture as given.
     */
    public List<Word> read(BufferedImage image, int dpi) {
        return readUpright(image, dpi).words();
    }

    private WholePage.Read readUpright(BufferedImage image, int dpi) {
        TessBaseAPI handle = acquire();
        try {
            return WholePage.readUpright(Grey.of(image), dpi, (picture, resolution, mode, adaptive) -> {
                if (!adaptive) {
                    return recognize(handle, picture, resolution, mode);
                }
                TessAPI tess = Tesseract.api();
                tess.TessBaseAPISetVariable(handle, THRESHOLDING, SAUVOLA);
                try {
                    return recognize(handle, picture, resolution, mode);
                } finally {
                    tess.TessBaseAPISetVariable(handle, THRESHOLDING, GLOBAL);
                }
            }, (picture, resolution) -> uprightTurns(handle, picture, resolution));
        } finally {
            release(handle);
        }
    }

    /**
     * The quarter turns clockwise that make a page upright, as Tesseract's orientation detection sees it; 0 when it
     * sees the page upright, is unsure, or has no orientation data ({@code osd.traineddata}) to tell with.
     */
    private int uprightTurns(TessBaseAPI reading, BufferedImage grey, int dpi) {
        TessBaseAPI compass = compassOf(reading);
        if (compass == null) {
            return 0;
        }
        TessAPI tess = Tesseract.api();
        show(compass, grey, dpi == UNKNOWN_DPI ? RENDER_DPI : dpi, TessPageSegMode.PSM_OSD_ONLY);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer sure = FloatBuffer.allocate(1);
        FloatBuffer scriptSure = FloatBuffer.allocate(1);
        try {
            if (tess.TessBaseAPIDetectOrientationScript(compass, degrees, sure, new PointerByReference(), scriptSure) == 0
                    || sure.get(0) < SURE_ORIENTATION) {
                return 0;
            }
        } finally {
            tess.TessBaseAPIClear(compass);
        }
        // Tesseract gives how far the text is turned counter-clockwise; turning it as far clockwise sets it upright.
        return Math.floorMod(-degrees.get(0) / 90, 4);
    }

    /**
     * How far ahead of the others Tesseract's orientation detection must put a turn for the page to be read so. Its
     * own command asks for 7 ({@code min_orientation_margin}) before it turns a page; here the turned page must also
     * read clearly better to be kept, so a lead is enough: a page of a few dozen words, turned, leads by 6.
     */
    private static final float SURE_ORIENTATION = 2;

    /** The orientation detector that goes with a reading engine, started the first time that engine meets a page it cannot read. */
    private TessBaseAPI compassOf(TessBaseAPI reading) {
        synchronized (compasses) {
            if (compasses.containsKey(reading)) {
                return compasses.get(reading);
            }
            TessBaseAPI compass = null;
            try {
                compass = Tesseract.start(tessdata(), "osd");
            } catch (OcrUnavailable e) {
                // Missing or damaged, the orientation data costs the turned pages only, never the batch.
                log.warn("Tesseract cannot tell how pages lie: {} Pages scanned upside down or sideways are read as they lie.", e.getMessage());
            }
            compasses.put(reading, compass);
            return compass;
        }
    }

    /**
     * The words in one zone of a page's picture, such as a rectangle the operator drew: only the
     * zone is read, as one line when it is too low to hold two. Boxes are fractions of the whole page;
     * a word counts when its middle lies in the zone; a zone outside the page has no words.
     */
    public List<Word> readZone(BufferedImage page, int dpi, Box zone) {
        if (ZonePicture.outsidePage(zone)) {
            return List.of();
        }
        return readZone(Document.RenderedZone.cut(page, dpi, ZonePicture.around(zone)), zone);
    }

    /** The words in one zone of a document's page, rendering only that zone where the page allows it. */
    @Override
    public java.util.Optional<List<Word>> zoneWords(Document document, int page, Box zone) throws DocumentRefused {
        return java.util.Optional.of(readZone(document, page, zone));
    }

    public List<Word> readZone(Document document, int page, Box zone) throws DocumentRefused {
        if (ZonePicture.outsidePage(zone)) {
            return List.of();
        }
        return readZone(document.renderZone(page, ZonePicture.around(zone), RENDER_DPI), zone);
    }

    private List<Word> readZone(Document.RenderedZone rendered, Box zone) {
        ZonePicture picture = ZonePicture.of(rendered, zone);
        int mode = picture.oneLine() ? TessPageSegMode.PSM_SINGLE_LINE : TessPageSegMode.PSM_SINGLE_BLOCK;
        return picture.onPage(recognize(picture.image(), picture.dpi(), mode));
    }

    private List<Word> recognize(BufferedImage grey, int dpi, int mode) {
        TessBaseAPI handle = acquire();
        try {
            return recognize(handle, grey, dpi, mode);
        } finally {
            release(handle);
        }
    }

    /** Every read sets its own segmentation mode: an engine that read a zone reads the next page whole. */
    private List<Word> recognize(TessBaseAPI handle, BufferedImage grey, int dpi, int mode) {
        TessAPI tess = Tesseract.api();
        int width = grey.getWidth();
        int height = grey.getHeight();
        show(handle, grey, dpi, mode);
        List<Word> words = new ArrayList<>();
        if (Tesseract.recognize(handle) != 0) {
            tess.TessBaseAPIClear(handle);
            if (Thread.currentThread().isInterrupted()) {
                // Stopped half-way, not blank: the page must not pass for one without words.
                throw new CancellationException("the reading of the page was stopped");
            }
            return words;
        }
        var results = tess.TessBaseAPIGetIterator(handle);
        if (results == null) {
            tess.TessBaseAPIClear(handle);
            return words;
        }
        try {
            var layout = tess.TessResultIteratorGetPageIterator(results);
            tess.TessPageIteratorBegin(layout);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            int line = -1;
            int block = -1;
            do {
                if (tess.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_BLOCK) != 0) {
                    block++;
                }
                if (tess.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    line++;
                }
                var text = tess.TessResultIteratorGetUTF8Text(results, TessPageIteratorLevel.RIL_WORD);
                if (text == null) {
                    continue;
                }
                String word = text.getString(0, "UTF-8").strip();
                tess.TessDeleteText(text);
                if (word.isEmpty()) {
                    continue;
                }
                float confidence = tess.TessResultIteratorConfidence(results, TessPageIteratorLevel.RIL_WORD);
                tess.TessPageIteratorBoundingBox(layout, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
                Box box = Box.of(left.get(0), top.get(0), right.get(0), bottom.get(0), width, height);
                words.add(new Word(word, box, Math.max(0, Math.min(1, confidence / 100.0)), Math.max(line, 0), Math.max(block, 0)));
            } while (tess.TessResultIteratorNext(results, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            tess.TessResultIteratorDelete(results);
            tess.TessBaseAPIClear(handle);
        }
        return words;
    }

    /** Sets a grey picture on an engine, at a resolution, to be read in a page segmentation mode. */
    private static void show(TessBaseAPI handle, BufferedImage grey, int dpi, int mode) {
        TessAPI tess = Tesseract.api();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        tess.TessBaseAPISetPageSegMode(handle, mode);
        tess.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        tess.TessBaseAPISetSourceResolution(handle, dpi);
    }

    private TessBaseAPI acquire() {
        if (closed) {
            throw new IllegalStateException("the Tesseract engine is closed");
        }
        TessBaseAPI handle = idle.poll();
        if (handle != null) {
            return handle;
        }
        if (started.incrementAndGet() <= size) {
            TessBaseAPI fresh;
            try {
                fresh = Tesseract.start(tessdata(), languages);
            } catch (RuntimeException e) {
                started.decrementAndGet();
                throw e;
            }
            synchronized (all) {
                all.add(fresh);
            }
            return fresh;
        }
        started.decrementAndGet();
        try {
            // Every engine is busy: wait for one, but not past the engine being closed.
            // The wait is for other documents' pages, so it is not counted against this document's time limit.
            while (!closed) {
                TessBaseAPI freed = idle.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                Watchdog.waitingForOthers();
                if (freed != null) {
                    return freed;
                }
            }
            throw new IllegalStateException("the Tesseract engine is closed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Tesseract engine", e);
        }
    }

    /** The language data folder the engines load: the setting, {@code TESSDATA_PREFIX}, or the usual places. */
    public Path languageData() {
        return tessdata();
    }

    /** Found when the first engine starts, so that a document with a text layer never needs Tesseract. */
    private Path tessdata() {
        if (tessdata == null) {
            tessdata = Tesseract.tessdata(configuredTessdata).orElseThrow(() -> new OcrUnavailable(
                    "Tesseract's language data cannot be found. Install Tesseract 5 with its French, English, German and "
                            + "Dutch data (see README: Prerequisites), or set TESSDATA_PREFIX.", null));
        }
        return tessdata;
    }

    private void release(TessBaseAPI handle) {
        synchronized (all) {
            if (closed) {
                // The engine closed while this page was being read: its handle ends now, not under it.
                end(handle);
                return;
            }
            idle.add(handle);
        }
    }

    /**
     * Ends the engines that are idle; an engine still reading a page (one abandoned after the time
     * limit, say) is ended when it hands its page back.
     */
    @Override
    public void close() {
        synchronized (all) {
            closed = true;
            TessBaseAPI handle;
            while ((handle = idle.poll()) != null) {
                end(handle);
            }
        }
    }

    private void end(TessBaseAPI handle) {
        TessAPI tess = Tesseract.api();
        tess.TessBaseAPIEnd(handle);
        tess.TessBaseAPIDelete(handle);
        all.remove(handle);
        TessBaseAPI compass;
        synchronized (compasses) {
            compass = compasses.remove(handle);
        }
        if (compass != null) {
            tess.TessBaseAPIEnd(compass);
            tess.TessBaseAPIDelete(compass);
        }
    }
}
