package io.verifact.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds and loads the Tesseract library and its language data, once per process. */
final class Tesseract {

    private static final List<String> TESSDATA_PLACES = List.of(
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata",
            "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata",
            "C:\\Program Files\\Tesseract-OCR\\tessdata");

    private static volatile TessAPI api;
    private static volatile Monitored monitored;

    /**
     * Asked by Tesseract after each word it reads: stop when the thread reading was interrupted,
     * as when the document's time limit passed and its work was abandoned, so that the engine is
     * handed back at once rather than when the page is done. Held here so it is never collected.
     */
    private static final ITessAPI.TessCancelFunc STOP_WHEN_INTERRUPTED = (cancelThis, words) -> Thread.currentThread().isInterrupted();

    private Tesseract() {
    }

    static TessAPI api() {
        TessAPI loaded = api;
        if (loaded == null) {
            synchronized (Tesseract.class) {
                loaded = api;
                if (loaded == null) {
                    limitOpenMpThreads();
                    try {
                        loaded = TessAPI.INSTANCE;
                    } catch (LinkageError e) {
                        throw new OcrUnavailable("Tesseract 5 is not installed on this computer. Install it (see README: "
                                + "Prerequisites) or choose the text engine.", e);
                    }
                    api = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Each engine works on one page with one thread, and engines run side by side, one per core.
     * OpenMP reads its limit when the library loads, so it is set in the native environment first.
     */
    private static void limitOpenMpThreads() {
        if (Platform.isWindows() || System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (LinkageError ignored) {
            // Without libc's setenv Tesseract still works, only with more threads than it needs.
        }
    }

    /** The folder holding the language data: the setting, TESSDATA_PREFIX, or the usual places. */
    static Optional<Path> tessdata(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix);
            return Optional.of(Files.isDirectory(p.resolve("tessdata")) ? p.resolve("tessdata") : p);
        }
        return TESSDATA_PLACES.stream().map(Path::of).filter(p -> Files.isRegularFile(p.resolve("eng.traineddata"))).findFirst();
    }

    static TessBaseAPI start(Path tessdata, String languages) {
        TessAPI tess = api();
        TessBaseAPI handle = tess.TessBaseAPICreate();
        for (String language : languages.split("\\+")) {
            if (!Files.isRegularFile(tessdata.resolve(language + ".traineddata"))) {
                tess.TessBaseAPIDelete(handle);
                throw new OcrUnavailable("Tesseract has no " + language + " language data in " + tessdata
                        + ". Install it (see README: Prerequisites).", null);
            }
        }
        if (tess.TessBaseAPIInit3(handle, tessdata.toString(), languages) != 0) {
            tess.TessBaseAPIDelete(handle);
            throw new OcrUnavailable("Tesseract could not start with " + languages + " from " + tessdata + ".", null);
        }
        // Its remarks (the resolution it estimated for a picture that states none) are not the operator's business.
        tess.TessBaseAPISetVariable(handle, "debug_file", System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
        return handle;
    }

    /**
     * Reads the picture set on the engine, stopping early when the reading thread is interrupted.
     *
     * @return 0 when the page was read
     */
    static int recognize(TessBaseAPI handle) {
        Monitored calls = monitored();
        Pointer monitor = calls.TessMonitorCreate();
        try {
            calls.TessMonitorSetCancelFunc(monitor, STOP_WHEN_INTERRUPTED);
            return calls.TessBaseAPIRecognize(handle, monitor);
        } finally {
            calls.TessMonitorDelete(monitor);
        }
    }

    private static Monitored monitored() {
        Monitored loaded = monitored;
        if (loaded == null) {
            // The library tess4j loaded (and, on Windows, unpacked), mapped for the calls tess4j maps otherwise.
            api();
            synchronized (Tesseract.class) {
                loaded = monitored;
                if (loaded == null) {
                    loaded = Native.load(LoadLibs.getTesseractLibName(), Monitored.class);
                    monitored = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Tesseract's progress monitor, kept opaque: tess4j maps it as a structure whose layout is not
     * that of every Tesseract 5 release, so it is only made, set and ended through the library's calls.
     */
    interface Monitored extends Library {
        Pointer TessMonitorCreate();

        void TessMonitorSetCancelFunc(Pointer monitor, ITessAPI.TessCancelFunc cancel);

        void TessMonitorDelete(Pointer monitor);

        int TessBaseAPIRecognize(TessBaseAPI handle, Pointer monitor);
    }

    /** The one libc call needed, to set an environment variable native libraries can see. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }
}
