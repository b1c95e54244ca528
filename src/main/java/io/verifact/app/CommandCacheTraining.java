package io.verifact.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the commands' start cache learns from: {@code extract --json} of the PDFs of a folder, then
 * {@code ingest} of them into a new store, in one JVM started with the options the launchers give a command.
 * Scripts and scanning stations call these two. Once is enough: under the quick compiler alone the JVM keeps no
 * profiles, and the cache holds the classes the run loaded and linked, and the lambdas it resolved.
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
        // The demo invoices are all read: any other answer says the cache learnt less than a command runs.
        int extracted = run(StartCacheTraining.extract(pdfs, 1));
        System.exit(extracted != 0 ? extracted : run(ingest.toArray(String[]::new)));
    }

    private static int run(String[] line) {
        return Main.configured(VerifactCommand.reading(line)).execute(line);
    }
}
