package io.verifact.app.bench;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.LocalStore;
import io.verifact.workflow.Registers;
import io.verifact.workflow.Ingest;
import io.verifact.workflow.Intake;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Teaching;
import io.verifact.workflow.Verification;
import io.verifact.workflow.Sharing;
import io.verifact.workflow.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A local store of its own in a folder, holding the born-digital invoices of the demo set, read and
 * waiting to be verified; and the workspace a workstation opens on it.
 */
public final class DemoStore implements AutoCloseable {

    private final Path file;
    private final LocalStore store;
    private final Workspace workspace;
    private final int invoices;

    private DemoStore(Path file, LocalStore store, Workspace workspace, int invoices) {
        this.file = file;
        this.store = store;
        this.workspace = workspace;
        this.invoices = invoices;
    }

    /** Writes the demo set into the folder and takes its PDFs into a new store there, as the open dialog would. */
    public static DemoStore create(Path folder) throws IOException {
        List<Path> pdfs = DemoInvoices.write(folder.resolve("demo")).stream()
                .filter(invoice -> !invoice.scanned()).map(DemoInvoice::file).toList();
        Path file = folder.resolve("verifact.db");
        LocalStore store = LocalStore.open(file);
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemDefaultZone();
        Ingest ingest = new Ingest(store, documents, new Recognizer(documents, new TextLayerEngine(), new FieldExtractor(clock), clock));
        pdfs.forEach(ingest::ingest);
        Verification verification = new Verification(store, documents, clock, "bench");
        Workspace workspace = new Workspace(verification, new Teaching(store, "bench"), new Intake(ingest), List::of, file.toString(),
                new Sharing(store, Optional.empty(), "bench"), new Registers(store, "bench"));
        return new DemoStore(file, store, workspace, pdfs.size());
    }

    /** The store's file, for a workstation started with {@code -Dverifact.store}. */
    public Path file() {
        return file;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** How many invoices the store holds. */
    public int invoices() {
        return invoices;
    }

    @Override
    public void close() {
        store.close();
    }
}
