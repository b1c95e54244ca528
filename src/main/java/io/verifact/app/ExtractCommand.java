package io.verifact.app;

import io.verifact.model.Engine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

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
        Optional<Engine> named = Engines.named(engine);
        if (named.isEmpty()) {
            return Main.USAGE;
        }
        Engine chosen = named.get();
        try {
            return new Extraction(settings).run(chosen, db, files, out).exitCode();
        } catch (OcrUnavailable | StoreException e) {
            System.err.println(e.getMessage());
            return 3;
        }
    }
}
