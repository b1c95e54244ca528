package io.verifact.app;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Engine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One {@code extract} call: the store and the engine it asks for, files read side by side, one JSON
 * line per file written in input order as each is ready. {@code bench} times this very path.
 */
final class Extraction {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Extraction.class);

    private final Settings settings;

    Extraction(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param db the local store, or null for none: without one nothing is known and nothing written,
     *        as with a fresh store in memory, without the cost of making one
     * @throws OcrUnavailable when the engine asked for by name is one this computer lacks; with
     *         {@code auto}, a scan that needs it is refused with the reason and the other files are read
     */
    Summary run(Engine engine, Path db, List<Path> files, PrintStream out) throws InterruptedException {
        try (LocalStore store = db == null ? null : LocalStore.open(db);
             OcrEngine ocr = Engines.of(engine, settings)) {
            Documents documents = new Documents(Limits.DEFAULT);
            Clock clock = Clock.systemDefaultZone();
            Recognizer recognizer = new Recognizer(documents, ocr, new FieldExtractor(clock), clock);
            ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), r -> {
                Thread t = new Thread(r, "extract");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (Path file : files) {
                    results.add(workers.submit(() -> recognizer.recognize(file, store)));
                }
                int refused = 0;
                int ocred = 0;
                for (int i = 0; i < files.size(); i++) {
                    Outcome outcome = outcome(results.get(i), files.get(i), engine == Engine.AUTO);
                    switch (outcome) {
                        case Outcome.Refused r -> refused++;
                        case Outcome.Read read -> ocred += read.engines().contains(Engine.TESSERACT) ? 1 : 0;
                    }
                    out.println(ExtractJson.line(files.get(i).toString(), outcome));
                    out.flush();
                }
                return new Summary(files.size(), refused, ocred);
            } finally {
                // Files still queued are dropped; those being read finish before their engine closes.
                workers.shutdownNow();
                workers.close();
            }
        }
    }

    /**
     * The file's outcome. An OCR engine missing on this computer stops the whole call when it was asked
     * for by name, as it would fail every file; with {@code auto}, only the scans that need it are refused,
     * and the files with a text layer are read.
     */
    private static Outcome outcome(Future<Outcome> result, Path file, boolean auto) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OcrUnavailable unavailable) {
                if (!auto) {
                    throw unavailable;
                }
                return new Outcome.Refused(null, "This file has pages without a text layer, and reading them needs Tesseract: "
                        + unavailable.getMessage());
            }
            // Whatever went wrong with one file, the others are still read.
            log.warn("{} could not be read", file, e.getCause());
            return new Outcome.Refused(null, "The file could not be read (" + e.getCause().getClass().getSimpleName()
                    + "). Ask the sender for a new copy.");
        }
    }

    /**
     * What a call read.
     *
     * @param ocred files of which at least one page had no real text and went to Tesseract
     */
    record Summary(int files, int refused, int ocred) {

        /** 0 when every file was read, 2 when any was not. */
        int exitCode() {
            return refused == 0 ? 0 : 2;
        }
    }
}
