package io.verifact.app;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Engine;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.model.Dossier;
import io.verifact.store.LocalStore;
import io.verifact.store.StoreException;
import io.verifact.workflow.Ingest;
import io.verifact.workflow.Intake;
import io.verifact.workflow.Recognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code ingest}: a scanning station's batch, captured and recognized into the local store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Capture and recognize files into the local store, skipping duplicates by SHA-256 and quarantining bad files with their reason.",
                "Safe to stop at any moment and run again: nothing is lost and nothing is counted twice.",
                "Progress goes to standard error. Exit code: 0 when every file went in, 2 when any was quarantined."})
final class IngestCommand implements Callable<Integer> {

    private static final String ACTOR = "ingest";

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store (created when missing).")
    Path db;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", description = "auto (default), text or tesseract.")
    String engine;

    @Option(names = "--watch", description = "Keep watching the folders and ingest files as they arrive, until stopped.")
    boolean watch;

    @Option(names = "--dossier", paramLabel = "NAME",
            description = "File the captured invoices in this client file, made when there is none of that name yet.")
    String dossier;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Files, or folders whose PDF, PNG, JPEG and TIFF files are taken.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromSystem();
        Optional<Engine> chosen = Engines.named(engine);
        if (chosen.isEmpty()) {
            return Main.USAGE;
        }
        try (LocalStore store = LocalStore.open(db); OcrEngine ocr = Engines.of(chosen.get(), settings)) {
            Documents documents = new Documents(Limits.DEFAULT);
            Clock clock = Clock.systemDefaultZone();
            Ingest ingest = new Ingest(store, documents, new Recognizer(documents, ocr, new FieldExtractor(clock), clock));
            Function<Path, Ingest.Report> intake = filing(store, ingest);
            if (watch) {
                // The watch's first look takes the files already there, and it goes on looking.
                new FolderWatch(inputs).run(file -> report(intake.apply(file), 0, 0, new EnumMap<>(Ingest.Result.class)));
                return 0;
            }
            return run(intake, Intake.files(inputs)) ? 0 : 2;
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (OcrUnavailable e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 3;
        }
    }

    /**
     * Ingests a file and, with --dossier, files what was captured in that client file; filing it again in
     * the same one changes nothing, so a batch run again is filed as it was.
     */
    private Function<Path, Ingest.Report> filing(LocalStore store, Ingest ingest) {
        if (dossier == null) {
            return ingest::ingest;
        }
        Dossier given = store.dossiers().findByCode(dossier).orElseGet(() -> store.dossiers().named(dossier, ACTOR));
        return file -> {
            Ingest.Report report = ingest.ingest(file, given);
            if (report.documentId() > 0) {
                store.dossiers().file(report.documentId(), given.id());
            }
            return report;
        };
    }

    private boolean run(Function<Path, Ingest.Report> ingest, List<Path> files) {
        Map<Ingest.Result, Integer> counts = new EnumMap<>(Ingest.Result.class);
        for (int i = 0; i < files.size(); i++) {
            report(ingest.apply(files.get(i)), i + 1, files.size(), counts);
        }
        System.err.printf("ingest: %d files: %d recognized, %d already in the store, %d duplicates, %d quarantined%n", files.size(),
                counts.getOrDefault(Ingest.Result.RECOGNIZED, 0), counts.getOrDefault(Ingest.Result.ALREADY_IN_STORE, 0),
                counts.getOrDefault(Ingest.Result.DUPLICATE, 0), counts.getOrDefault(Ingest.Result.QUARANTINED, 0));
        return counts.getOrDefault(Ingest.Result.QUARANTINED, 0) == 0;
    }

    private static void report(Ingest.Report report, int index, int total, Map<Ingest.Result, Integer> counts) {
        counts.merge(report.result(), 1, Integer::sum);
        String progress = total > 0 ? "[%d/%d] ".formatted(index, total) : "";
        String what = switch (report.result()) {
            case RECOGNIZED -> "recognized";
            case ALREADY_IN_STORE -> "already in the store";
            case DUPLICATE -> "duplicate of a document already in the store";
            case QUARANTINED -> "quarantined: " + report.reason();
        };
        System.err.println(progress + report.file() + ": " + what);
    }
}
