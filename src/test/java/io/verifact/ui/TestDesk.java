package io.verifact.ui;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.document.TextPdf;
import io.verifact.document.TextPdf.Placed;
import io.verifact.extract.FieldExtractor;
import io.verifact.ocr.OcrEngine;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A workstation's back end on a real local store in a folder, with invoices written as PDFs. */
final class TestDesk implements AutoCloseable {

    final Path folder;
    final LocalStore store;
    final Intake intake;
    final Verification verification;
    final Teaching teaching;
    final Workspace workspace;
    final WorkstationPreferences preferences;
    /** The shared database's password is kept here, never in the machine's own keyring. */
    final MemoryKeyring keyring = new MemoryKeyring(true);
    private final OcrEngine engine;

    /** A desk in a folder of its own under {@code parent}, so that each test of a class starts on an empty store. */
    static TestDesk under(Path parent) throws IOException {
        return new TestDesk(Files.createTempDirectory(parent, "desk"), List::of);
    }

    TestDesk(Path folder, Workspace.DemoFiles demo) {
        this(folder, demo, new TextLayerEngine());
    }

    /**
     * @param engine how pages are read: the text layer alone is enough for made-up PDFs, scans need Tesseract
     */
    TestDesk(Path folder, Workspace.DemoFiles demo, OcrEngine engine) {
        this.folder = folder;
        this.engine = engine;
        this.store = LocalStore.open(folder.resolve("verifact.db"));
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemUTC();
        this.intake = new Intake(new Ingest(store, documents, new Recognizer(documents, engine, new FieldExtractor(clock), clock)));
        this.verification = new Verification(store, documents, clock, "claire");
        this.teaching = new Teaching(store, "claire", documents, engine);
        this.workspace = new Workspace(verification, teaching, intake, demo, folder.resolve("verifact.db").toString(),
                new Sharing(store, Optional.empty(), "claire"), new Registers(store, "claire"));
        this.preferences = new WorkstationPreferences(new MemoryPreferences());
    }

    /**
     * Opens the workstation on this desk in English and the light theme, its window kept on the headless
     * screen (1000 pixels square), so that the pointer reaches every part of it.
     */
    WorkstationApp openWithinReach(javafx.stage.Stage stage) {
        return openWithinReach(stage, keyring);
    }

    /** Opens the workstation as {@link #openWithinReach(javafx.stage.Stage)} does, on another keyring. */
    WorkstationApp openWithinReach(javafx.stage.Stage stage, Keyring keyring) {
        WorkstationApp app = new WorkstationApp(java.util.Locale.ENGLISH, WorkstationApp.Theme.LIGHT, workspace, preferences, keyring);
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1000);
        stage.setHeight(900);
        return app;
    }

    /** A one-page invoice of a made-up supplier; its totals add up unless {@code gross} says otherwise. */
    Path invoice(String name, String supplier, String number, String gross) throws IOException {
        return invoice(name, supplier, number, gross, 1);
    }

    /** An invoice of a made-up supplier that prints the same words on each of its pages. */
    Path invoice(String name, String supplier, String number, String gross, int pages) throws IOException {
        List<Placed> words = new ArrayList<>(List.of(
                new Placed(supplier, 60, 60, 16),
                new Placed("TVA", 60, 80, 10), new Placed("FR40303265045", 90, 80, 10),
                new Placed("Client", 330, 110, 10), new Placed("Boulangerie", 330, 124, 10), new Placed("Martin", 395, 124, 10),
                new Placed("Facture", 60, 170, 14), new Placed("N°", 130, 170, 14), new Placed(number, 160, 170, 14),
                new Placed("Date", 60, 200, 11), new Placed("12/10/2026", 120, 200, 11),
                new Placed("Total", 340, 650, 11), new Placed("HT", 375, 650, 11), new Placed("100,00", 470, 650, 11),
                new Placed("TVA", 340, 670, 11), new Placed("20%", 375, 670, 11), new Placed("20,00", 470, 670, 11),
                new Placed("Total", 340, 690, 11), new Placed("TTC", 375, 690, 11), new Placed(gross, 470, 690, 11)));
        Path file = folder.resolve(name);
        Files.write(file, TextPdf.pages(pages, words));
        return file;
    }

    /** Writes the demo invoices into this desk's folder and takes the typed ones, leaving the scans out. */
    List<DemoInvoice> takeTypedDemoInvoices() throws IOException {
        List<DemoInvoice> demo = DemoInvoices.write(folder.resolve("demo"));
        take(demo.stream().filter(d -> !d.scanned()).map(DemoInvoice::file).toList());
        return demo;
    }

    /**
     * Closes what a test of the real window leaves behind: every window but the main one, so that no dialog
     * takes the next test's keys, then the workstation, then this desk.
     */
    void closeWith(org.testfx.api.FxRobot robot, javafx.stage.Stage main, WorkstationApp app) {
        VerifyingTest.closeDialogs(robot, main);
        app.stop();
        close();
    }

    /** Takes the files into the store, as the open dialog would. */
    void take(Path... files) throws IOException {
        take(List.of(files));
    }

    void take(List<Path> files) throws IOException {
        intake.take(files, new Intake.Progress() {
            @Override
            public void reading(Path file, int done, int total) {
            }

            @Override
            public void read(Ingest.Report report, int done, int total) {
            }
        }, new Intake.Stop());
    }

    @Override
    public void close() {
        workspace.sharing().close();
        store.close();
        engine.close();
    }
}
