package io.verifact.app;

import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Engine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Fingerprint;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code extract}: reads invoices and prints their fields as JSON Lines, one object per file, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read invoices and print their fields as JSON Lines on standard output, one object per file, in input order.",
                "Exit code: 0 when every file was read, 2 when any was not."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON Lines (the only format for now).")
    boolean json = true;

    @Option(names = "--db", paramLabel = "PATH", description = "The local store to use (masks and suppliers apply). Without it, nothing is written.")
    Path db;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (default: the text layer where a page has one, Tesseract where it has none), text, tesseract or textract.")
    String engine;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF, PNG, JPEG or TIFF files.")
    List<Path> files;

    private final PrintStream out;

    ExtractCommand() {
        // UTF-8 whatever the console's encoding, so that names like Müller reach scripts intact.
        this(new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8));
    }

    /** Prints the JSON Lines to {@code out} instead of standard output. */
    ExtractCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromSystem();
        Engine chosen;
        try {
            chosen = Engine.fromKey(engine);
        } catch (IllegalArgumentException e) {
            System.err.println("Unknown engine '" + engine + "': choose auto, text, tesseract or textract.");
            return 64;
        }
        try (LocalStore store = db == null ? LocalStore.inMemory() : LocalStore.open(db);
             OcrEngine ocr = Engines.of(chosen, settings)) {
            Documents documents = new Documents(Limits.DEFAULT);
            Recognizer recognizer = new Recognizer(documents, ocr, new FieldExtractor(Clock.systemDefaultZone()), Clock.systemDefaultZone());
            ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), r -> {
                Thread t = new Thread(r, "extract");
                t.setDaemon(true);
                return t;
            });
            List<Future<Outcome>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(workers.submit(() -> read(documents, recognizer, store, file)));
            }
            boolean allRead = true;
            for (int i = 0; i < files.size(); i++) {
                Outcome outcome = results.get(i).get();
                allRead &= outcome instanceof Outcome.Read;
                out.println(ExtractJson.line(files.get(i).toString(), outcome));
                out.flush();
            }
            workers.shutdown();
            return allRead ? 0 : 2;
        } catch (OcrUnavailable e) {
            System.err.println(e.getMessage());
            return 3;
        }
    }

    /** Pages the store already holds for the same bytes are taken from it: no document is read twice. */
    private static Outcome read(Documents documents, Recognizer recognizer, LocalStore store, Path file) {
        try {
            byte[] bytes = documents.read(file);
            String sha256 = Fingerprint.sha256(bytes);
            var known = store.documents().findBySha256(sha256).flatMap(d -> store.pages().load(d.id())).filter(p -> !p.isEmpty());
            return recognizer.recognize(file.toString(), bytes, sha256, known);
        } catch (DocumentRefused e) {
            return new Outcome.Refused(null, e.getMessage());
        }
    }
}
