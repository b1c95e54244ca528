package io.verifact.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code bench}: measures reading speed against the reference tools on the same files. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure reading speed against pdftotext and tesseract.")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
