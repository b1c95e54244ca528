package io.verifact.ui;

import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.QueueItem;
import io.verifact.workflow.Workspace;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The bench's window onto the workstation: the operator's own window, opened on a workspace the
 * bench prepared, with what a measurement needs to see of it. Nothing of the operator's paths goes
 * through it. Use it on the JavaFX thread, unless a method says otherwise.
 */
public final class WorkstationProbe {

    private final WorkstationApp app;
    private final Scene scene;
    private final Workspace workspace;

    private WorkstationProbe(WorkstationApp app, Scene scene, Workspace workspace) {
        this.app = app;
        this.scene = scene;
        this.workspace = workspace;
    }

    /** Opens the workstation in the stage, in English and the light theme, with preferences kept in memory. */
    public static WorkstationProbe open(Stage stage, Workspace workspace) {
        WorkstationApp app = new WorkstationApp(Locale.ENGLISH, WorkstationApp.Theme.LIGHT, workspace,
                new WorkstationPreferences(new MemoryPreferences()));
        app.start(stage);
        return new WorkstationProbe(app, stage.getScene(), workspace);
    }

    public Scene scene() {
        return scene;
    }

    /** The frame that first shows an invoice to verify beside the queue, once drawn. */
    public CompletableFuture<NextFrame> firstInvoiceDrawn() {
        return WorkstationApp.firstInvoiceDrawn(app.view(), scene);
    }

    /** The invoice whose page and fields are in the window, 0 before the first. */
    public ReadOnlyLongProperty displayedProperty() {
        return app.view().displayedProperty();
    }

    /** The invoice the next-invoice key would show now, if there is one. */
    public OptionalLong nextToVerify() {
        return app.view().queue().nextToVerify(displayedProperty().get()).stream().mapToLong(QueueItem::id).findFirst();
    }

    /** Completes, on another thread, once the invoices the window prepares ahead are ready. */
    public CompletableFuture<Void> preparedAhead() {
        return app.view().preparedAhead();
    }

    /** The page viewer of the window. */
    public PageViewer viewer() {
        return app.view().viewer();
    }

    /** The invoice's first page at {@code dpi}, as the viewer shows pages. Any thread; none when the file has no page to show. */
    public Image firstPage(long invoice, int dpi) {
        List<BufferedImage> pages = workspace.verification().render(invoice, dpi, 1);
        return pages.isEmpty() ? null : FxImages.of(pages.getFirst());
    }

    /** Stops the window's background work; the stage stays for whatever shows next. */
    public void close() {
        app.stop();
    }
}
