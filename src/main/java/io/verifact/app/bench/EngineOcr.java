package io.verifact.app.bench;

import io.verifact.document.Document;
import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.ocr.TesseractEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Verifact's side of the OCR figure: scans read the way {@code extract} reads a scan (file bytes,
 * image decoded, pages OCR'd by {@link TesseractEngine} into words with boxes), a fixed number of
 * pages at a time. Every call starts fresh engines, so no round reuses another's models or words.
 */
public final class EngineOcr {

    private final Documents documents;
    private final Supplier<TesseractEngine> engines;
    private final int parallel;

    public EngineOcr(Documents documents, Supplier<TesseractEngine> engines, int parallel) {
        this.documents = documents;
        this.engines = engines;
        this.parallel = parallel;
    }

    /** Reads every page of every file; returns how many words were read. */
    public long read(List<Path> files) throws InterruptedException, DocumentRefused {
        // Closed in reverse: the pages being read finish before the engine closes.
        try (TesseractEngine engine = engines.get(); ExecutorService pages = Executors.newFixedThreadPool(parallel)) {
            List<Future<Integer>> words = new ArrayList<>();
            for (Path file : files) {
                words.add(pages.submit(() -> read(engine, file)));
            }
            long total = 0;
            for (Future<Integer> count : words) {
                total += count.get();
            }
            return total;
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case DocumentRefused refused -> throw refused;
                case RuntimeException failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private int read(TesseractEngine engine, Path file) throws DocumentRefused {
        try (Document document = documents.open(documents.read(file))) {
            int words = 0;
            for (int page = 1; page <= document.pageCount(); page++) {
                words += engine.read(document, page).words().size();
            }
            return words;
        }
    }
}
