package io.verifact.app;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The demo invoices a first start offers, written beside the local store. */
final class Demo {

    private Demo() {
    }

    static List<Path> write(Path folder) throws IOException {
        return DemoInvoices.write(folder).stream().map(DemoInvoice::file).toList();
    }
}
