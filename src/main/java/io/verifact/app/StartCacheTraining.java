package io.verifact.app;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the start cache learns from: the workstation's start, until its first invoice is drawn, then
 * {@code extract --json} of the PDFs of a folder, {@value #ROUNDS} times over, in the same JVM: the workstation
 * reads the invoices an operator opens as {@code extract} reads them. Commands have a cache of their own
 * ({@link CommandCacheTraining}).
 *
 * <p>Run by {@link StartCache} with {@code -Dverifact.ready.exit=true}, the store of the demo invoices
 * and the folder of their PDFs as argument; the extraction's JSON goes to standard output.
 */
final class StartCacheTraining {

    /**
     * How many times the PDFs are read: the JIT profiles a method only once it has run often, and the workstation,
     * with the JVM's optimizing compiler, runs the reading hundreds of times a day. When commands still started with
     * this cache and the JVM's defaults, ten rounds of the demo PDFs took a cold {@code extract} of 100 other invoices
     * from 3.7 s to 3.2 s; one round left it at 3.7 s.
     */
    static final int ROUNDS = 10;

    private StartCacheTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: " + StartCacheTraining.class.getName() + " FOLDER_OF_PDFS");
            System.exit(Main.USAGE);
        }
        WorkstationLauncher.launch(new String[0]);
        String[] extract = extract(pdfsIn(Path.of(args[0])), ROUNDS);
        System.exit(Main.configured(new CommandLine(new VerifactCommand())).execute(extract));
    }

    /** The PDFs of a folder, by name. */
    static List<String> pdfsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().map(Path::toString).toList();
        }
    }

    /** {@code extract --json} of the PDFs, so many times over. */
    static String[] extract(List<String> pdfs, int rounds) {
        List<String> extract = new ArrayList<>(List.of("extract", "--json"));
        for (int round = 0; round < rounds; round++) {
            extract.addAll(pdfs);
        }
        return extract.toArray(String[]::new);
    }
}
