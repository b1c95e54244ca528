package io.verifact.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

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

    /** The one libc call needed, to set an environment variable native libraries can see. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }
}
