package io.verifact.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the commands' start cache learns from: {@code extract --json} of the PDFs of a folder, as many
 * times over as for the workstation's cache, then {@code ingest} of them into a new store, in one JVM started with
 * the options the launchers give a command. Scripts and scanning stations call these two.
 *
 * <p>Run by {@link StartCache} with the folder of the demo PDFs and the store to create as arguments; what the
 * commands print goes nowhere.
 */
final class CommandCacheTraining {

    private CommandCacheTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: " + CommandCacheTraining.class.getName() + " FOLDER_OF_PDFS NEW_STORE");
            System.exit(Main.USAGE);
        }
        List<String> pdfs = StartCacheTraining.pdfsIn(Path.of(args[0]));
        List<String> ingest = new ArrayList<>(List.of("ingest", "--db", args[1], "--engine", "text"));
        ingest.addAll(pdfs);
        // What the commands say of the demo invoices does not matter here, only what they ran.
        run(StartCacheTraining.extractRounds(pdfs));
        run(ingest.toArray(String[]::new));
        System.exit(0);
    }

    private static void run(String[] line) {
        Main.configured(VerifactCommand.reading(line)).execute(line);
    }
}
