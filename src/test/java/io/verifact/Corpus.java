package io.verifact;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real invoices the build points the tests to. */
public final class Corpus {

    private Corpus() {
    }

    /** A file of the development corpus, such as {@code zugferd/….pdf}; fails when it is not there. */
    public static Path dev(String file) {
        Path path = Path.of(System.getProperty("verifact.corpus", "../shared/corpus"), "dev", file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the corpus file " + path + " is missing; set -Dverifact.corpus");
        }
        return path;
    }

    /** A born-digital ZUGFeRD invoice of the corpus, by the end of its name. */
    public static Path bornDigital(String name) {
        return dev("zugferd/corpus_" + name + ".pdf");
    }
}
