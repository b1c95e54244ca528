package io.verifact.ui;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.QueueItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window on the demo invoices, with a PDF and with a scan, light and dark, in English and
 * in French; a zone drawn on a page and read in its panel; the suppliers' masks with a change tried on
 * earlier invoices. Saved to {@code target/screenshots}; with {@code -Dverifact.screenshots=docs} also
 * to {@code docs/screenshots}, where the README shows them.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {

    @TempDir
    static Path folder;

    private static TestDesk desk;
    private static List<DemoInvoice> demo;
    private Stage stage;

    @BeforeAll
    static void readTheDemoInvoices() throws IOException {
        desk = new TestDesk(folder, List::of, new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", 2)));
        demo = DemoInvoices.write(folder.resolve("demo"));
        desk.take(demo.stream().map(DemoInvoice::file).toList());
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theMainWindowWithAPdfAndWithAScanLightAndDarkInEnglishAndInFrench(FxRobot robot) throws IOException {
        long pdf = id("atelier-dupuis-FA-2026-0142.pdf");
        long scan = id("feinmechanik-albrecht-RE-26-1204.png");

        shoot(robot, Locale.ENGLISH, WorkstationApp.Theme.LIGHT, pdf, "workstation-pdf-light-en");
        shoot(robot, Locale.ENGLISH, WorkstationApp.Theme.LIGHT, scan, "workstation-scan-light-en");
        shoot(robot, Locale.FRENCH, WorkstationApp.Theme.DARK, pdf, "workstation-pdf-dark-fr");
        shoot(robot, Locale.FRENCH, WorkstationApp.Theme.DARK, scan, "workstation-scan-dark-fr");
    }

    @Test
    void aZoneDrawnOnThePageAndTheSuppliersMasksWithAChangeTriedOnEarlierInvoices(FxRobot robot) throws IOException {
        long lambotte = id("imprimerie-lambotte-F2026-0318.pdf");
        WorkstationApp app = open(robot, Locale.ENGLISH, WorkstationApp.Theme.LIGHT, lambotte);
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        Box gross = app.view().invoice().row(FieldKey.GROSS_TOTAL).orElseThrow().box();
        robot.interact(() -> {
            robot.lookup("#field-" + FieldKey.GROSS_TOTAL.key()).queryAs(TextField.class).requestFocus();
            viewer.setDrawing(true);
            viewer.scrollIntoView(FieldKey.GROSS_TOTAL.key());
        });
        drag(robot, viewer, new Box(gross.x0() - 0.03, gross.y0() - 0.006, gross.x1() + 0.01, gross.y1() + 0.006));
        Robots.waitFor(() -> !robot.lookup("#" + ZonePanel.VALUE_ID).queryAs(TextField.class).getText().isEmpty());
        Screenshots.keep(Screenshots.save(stage.getScene(), "zone-light-en"));

        robot.interact(() -> robot.lookup("#" + ZonePanel.TEACH_ID).queryButton().fire());
        Robots.waitFor(() -> robot.lookup("#" + WorkstationView.MESSAGE_ID).queryAs(Label.class).getText().startsWith("Taught"));
        // A second teaching, by mistake over the net total, for the history to have a version worth restoring.
        io.verifact.workflow.Invoice read = desk.verification.open(lambotte);
        Box net = read.field(FieldKey.NET_TOTAL).orElseThrow().box();
        desk.teaching.teach(desk.teaching.invoice(lambotte).orElseThrow(), "gross_total", 1,
                new Box(net.x0() - 0.03, net.y0() - 0.006, net.x1() + 0.01, net.y1() + 0.006), java.util.Optional.empty());
        robot.interact(app::stop);

        shootMasks(robot, Locale.ENGLISH, WorkstationApp.Theme.LIGHT, lambotte, "masks-light-en");
        shootMasks(robot, Locale.FRENCH, WorkstationApp.Theme.DARK, lambotte, "masks-dark-fr");
    }

    /** The masks' window over the workstation, an earlier version chosen and its restoring tried on earlier invoices. */
    private void shootMasks(FxRobot robot, Locale locale, WorkstationApp.Theme theme, long id, String name) throws IOException {
        WorkstationApp app = open(robot, locale, theme, id);
        robot.interact(() -> robot.lookup("#" + WorkstationView.MASKS_ID).queryButton().fire());
        javafx.stage.Stage masks = (javafx.stage.Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w instanceof javafx.stage.Stage).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<MasksViewModel.Version> history =
                (javafx.scene.control.TableView<MasksViewModel.Version>) Robots.lookup(masks, "#" + MasksDialog.HISTORY_ID);
        Robots.waitFor(() -> history.getItems().size() == 2);
        robot.interact(() -> history.getSelectionModel().select(0));
        PageViewer onMask = (PageViewer) Robots.lookup(masks, "#" + MasksDialog.VIEWER_ID);
        Robots.waitFor(() -> onMask.getImage() != null);
        robot.interact(() -> ((javafx.scene.control.Button) masks.getScene().lookup("#" + MasksDialog.RESTORE_ID)).fire());
        Label trial = (Label) Robots.lookup(masks, "#" + MasksDialog.TRIAL_ID);
        Robots.waitFor(() -> trial.getParent().isVisible() && !trial.getText().isEmpty());
        Screenshots.keep(Screenshots.save(masks.getScene(), name));
        robot.interact(masks::close);
        robot.interact(app::stop);
    }

    /** Drags a zone over the viewer with Shift held, through JavaFX's own dispatch: the window is larger than the headless screen. */
    private static void drag(FxRobot robot, PageViewer viewer, Box zone) {
        robot.interact(() -> {
            // A mouse event is made with scene coordinates; dispatch gives the viewer its own.
            javafx.geometry.Point2D from = viewer.localToScene(viewer.pageToLocal(zone.x0(), zone.y0()));
            javafx.geometry.Point2D to = viewer.localToScene(viewer.pageToLocal(zone.x1(), zone.y1()));
            for (var step : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_DRAGGED,
                    javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                javafx.geometry.Point2D at = step == javafx.scene.input.MouseEvent.MOUSE_PRESSED ? from : to;
                javafx.event.Event.fireEvent(viewer, new javafx.scene.input.MouseEvent(step, at.getX(), at.getY(), 0, 0,
                        javafx.scene.input.MouseButton.PRIMARY, 1, true, false, false, false,
                        step != javafx.scene.input.MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
            }
        });
    }

    @Test
    void theDemoSetFillsEveryTabItShould() {
        List<QueueItem> queue = desk.verification.queue();

        assertThat(queue).hasSize(demo.size());
        assertThat(queue).filteredOn(QueueItem::duplicate).extracting(QueueItem::fileName)
                .containsExactly("imprimerie-lambotte-F2026-0318-scan.png");
        assertThat(queue).filteredOn(q -> q.fileName().equals("van-der-linden-2026-0452.pdf"))
                .singleElement().satisfies(q -> assertThat(q.failedChecks()).isPositive());
    }

    private void shoot(FxRobot robot, Locale locale, WorkstationApp.Theme theme, long id, String name) throws IOException {
        WorkstationApp app = open(robot, locale, theme, id);
        // On the invoice number: the page shows its top, the fields their first group, the snippet the number.
        TextField number = robot.lookup("#field-" + FieldKey.INVOICE_NUMBER.key()).queryAs(TextField.class);
        robot.interact(number::requestFocus);
        Screenshots.keep(Screenshots.save(stage.getScene(), name));
        robot.interact(app::stop);
    }

    /** A new window in the language and theme, showing the invoice, page and fields. */
    private WorkstationApp open(FxRobot robot, Locale locale, WorkstationApp.Theme theme, long id) {
        WorkstationApp[] app = new WorkstationApp[1];
        robot.interact(() -> {
            app[0] = new WorkstationApp(locale, theme, desk.workspace, desk.preferences);
            app[0].start(stage);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        Robots.waitFor(() -> app[0].view().invoice().invoice() != null);
        robot.interact(() -> app[0].view().show(id));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        Robots.waitFor(() -> app[0].view().invoice().invoice() != null && app[0].view().invoice().invoice().id() == id
                && viewer.getImage() != null);
        return app[0];
    }

    private static long id(String fileName) {
        return desk.verification.queue().stream().filter(q -> q.fileName().equals(fileName)).findFirst().orElseThrow().id();
    }
}
