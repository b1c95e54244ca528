package io.verifact.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The demo invoices a first start offers. */
final class Demo {

    private Demo() {
    }

    static List<Path> write(Path folder) throws IOException {
        throw new IOException("The demo invoices are not part of this build.");
    }
}
