package io.verifact.ui;

import io.verifact.capture.DemoInvoice;
import io.verifact.model.Box;
import io.verifact.model.FieldKey;
import io.verifact.model.Mask;
import io.verifact.model.Zone;
import io.verifact.ui.viewer.PageViewer;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator drawing a rectangle on a demo invoice's page in the real window: the zone is read in the
 * panel above the fields, and its value goes into the field, teaching the supplier's mask or not.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingAZoneTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;
    private DemoInvoice dupuis;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = TestDesk.under(parent);
        dupuis = desk.takeTypedDemoInvoices().getFirst();
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void aRectangleDrawnOverTheTotalIsReadAndEnterTeachesTheSuppliersMask(FxRobot robot) {
        String gross = dupuis.truth().get(FieldKey.GROSS_TOTAL);
        onTheFirstInvoice(robot, FieldKey.GROSS_TOTAL);

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        drawAround(robot, FieldKey.GROSS_TOTAL);

        waitFor(() -> panel(robot).isVisible() && gross.equals(value(robot).getText()));
        assertThat(robot.lookup("#" + ZonePanel.FIELD_ID).<ComboBox<String>>query().getValue()).isEqualTo("gross_total");
        waitFor(() -> "Gross total".equals(shownField(robot)));
        assertThat(text(robot, ZonePanel.TEXT_ID)).startsWith("Reads: ");
        assertThat(value(robot).isFocused()).isTrue();

        robot.type(KeyCode.ENTER);

        waitFor(() -> status(robot).startsWith("Taught: Gross total of Atelier Dupuis"));
        assertThat(status(robot)).contains("new mask").endsWith("1 invoice of this supplier in the queue read again");
        assertThat(panel(robot).isVisible()).isFalse();
        assertThat(field(robot, FieldKey.GROSS_TOTAL).getText()).isEqualTo(gross);
        assertThat(text(robot, "detail-" + FieldKey.GROSS_TOTAL.key())).contains("from the supplier's mask");
        assertThat(field(robot, FieldKey.GROSS_TOTAL).isFocused()).isTrue();
        assertThat(viewer(robot).getZone()).isNull();
        List<Mask> masks = desk.teaching.masks(Optional.empty());
        assertThat(masks).singleElement().satisfies(mask -> {
            assertThat(desk.teaching.supplier(mask.supplierId()).orElseThrow().name()).startsWith("Atelier Dupuis");
            assertThat(mask.zones()).extracting(Zone::field).containsExactly("gross_total");
        });
    }

    @Test
    void thisInvoiceOnlyPutsWhatWasTypedInTheFieldAndTeachesNoMask(FxRobot robot) {
        onTheFirstInvoice(robot, FieldKey.GROSS_TOTAL);
        robot.interact(() -> viewer(robot).setDrawing(true));
        drawAround(robot, FieldKey.GROSS_TOTAL);
        waitFor(() -> !value(robot).getText().isEmpty());

        robot.write("1234,56");
        Robots.click(robot, ZonePanel.ONLY_ID);

        waitFor(() -> status(robot).equals("Gross total set from the page, for this invoice only"));
        assertThat(field(robot, FieldKey.GROSS_TOTAL).getText()).isEqualTo("1234.56");
        assertThat(app.view().invoice().row(FieldKey.GROSS_TOTAL).orElseThrow().state()).isEqualTo(FieldState.FAILED);
        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();
    }

    @Test
    void escClosesThePanelAndChangesNothing(FxRobot robot) {
        onTheFirstInvoice(robot, FieldKey.NET_TOTAL);
        String net = field(robot, FieldKey.NET_TOTAL).getText();
        robot.interact(() -> viewer(robot).setDrawing(true));
        drawAround(robot, FieldKey.GROSS_TOTAL);
        waitFor(() -> panel(robot).isVisible() && !value(robot).getText().isEmpty());
        assertThat(viewer(robot).getZone()).isNotNull();

        robot.type(KeyCode.ESCAPE);

        waitFor(() -> !panel(robot).isVisible());
        assertThat(viewer(robot).getZone()).isNull();
        assertThat(field(robot, FieldKey.NET_TOTAL).getText()).isEqualTo(net);
        assertThat(field(robot, FieldKey.NET_TOTAL).isFocused()).isTrue();
        assertThat(desk.teaching.masks(Optional.empty())).isEmpty();
    }

    @Test
    void aDoubleClickOnAWordReadsThatWord(FxRobot robot) {
        onTheFirstInvoice(robot, FieldKey.INVOICE_NUMBER);
        Box number = app.view().invoice().row(FieldKey.INVOICE_NUMBER).orElseThrow().box();

        robot.moveTo(onScreen(robot, number.centerX(), number.centerY())).doubleClickOn(MouseButton.PRIMARY);

        waitFor(() -> panel(robot).isVisible() && dupuis.truth().get(FieldKey.INVOICE_NUMBER).equals(value(robot).getText()));
        assertThat(viewer(robot).getZone()).isNotNull();
    }

    @Test
    void choosingAnotherFieldReadsTheZoneAgainForIt(FxRobot robot) {
        onTheFirstInvoice(robot, FieldKey.INVOICE_NUMBER);
        robot.interact(() -> viewer(robot).setDrawing(true));
        drawAround(robot, FieldKey.GROSS_TOTAL);
        waitFor(() -> panel(robot).isVisible() && text(robot, ZonePanel.TEXT_ID).startsWith("Reads: "));

        robot.interact(() -> robot.lookup("#" + ZonePanel.FIELD_ID).<ComboBox<String>>query().setValue("gross_total"));

        waitFor(() -> dupuis.truth().get(FieldKey.GROSS_TOTAL).equals(value(robot).getText()));
    }

    @Test
    void aNewCustomFieldAskedForInThePanelIsChosenAndTaughtToTheMask(FxRobot robot) {
        onTheFirstInvoice(robot, FieldKey.GROSS_TOTAL);
        robot.interact(() -> viewer(robot).setDrawing(true));
        drawAround(robot, FieldKey.GROSS_TOTAL);
        waitFor(() -> panel(robot).isVisible() && !value(robot).getText().isEmpty());
        ComboBox<String> choice = robot.lookup("#" + ZonePanel.FIELD_ID).<ComboBox<String>>query();
        assertThat(choice.getItems()).contains("vat_row_1", "vat_row_3").last().isEqualTo(ZonePanel.NEW_FIELD);

        robot.interact(() -> choice.setValue(ZonePanel.NEW_FIELD));
        waitFor(() -> robot.lookup("#" + Dialogs.CUSTOM_NAME_ID).tryQuery().isPresent());
        Robots.click(robot, Dialogs.CUSTOM_NAME_ID).write("Deposit");
        robot.type(KeyCode.ENTER);

        waitFor(() -> "deposit".equals(shownField(robot)));
        assertThat(choice.getValue()).isEqualTo("deposit");
        assertThat(robot.lookup("#" + ZonePanel.ONLY_ID).queryButton().isDisabled()).isTrue();
        waitFor(() -> !robot.lookup("#" + ZonePanel.TEACH_ID).queryButton().isDisabled());

        Robots.click(robot, ZonePanel.TEACH_ID);

        waitFor(() -> status(robot).startsWith("Taught: deposit of Atelier Dupuis"));
        assertThat(desk.teaching.masks(Optional.empty())).singleElement()
                .satisfies(mask -> assertThat(mask.zones()).extracting(Zone::field).containsExactly("deposit"));
        // The invoice in hand has the value too, in its form's Custom fields.
        waitFor(() -> robot.lookup("#" + FieldsPane.CUSTOM_ID).query().isVisible());
        long inHand = app.view().invoice().invoice().id();
        assertThat(robot.lookup("#custom-deposit").queryAs(TextField.class).getText()).isNotBlank();

        // The supplier's other invoice in the queue was read again through the mask: its form shows the custom field.
        io.verifact.workflow.Invoice other = desk.verification.queue().stream().filter(item -> item.id() != inHand)
                .map(item -> desk.verification.open(item.id()))
                .filter(invoice -> !invoice.recognition().custom().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> app.view().invoice().show(other));

        waitFor(() -> robot.lookup("#" + FieldsPane.CUSTOM_ID).query().isVisible());
        assertThat(robot.lookup("#custom-deposit").queryAs(TextField.class).getText())
                .isEqualTo(other.recognition().custom().getFirst().value()).isNotBlank();
        assertThat(robot.lookup("#custom-deposit").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(text(robot, "custom-detail-deposit")).contains("from the supplier's mask");
    }

    @Test
    void onAnInvoiceWhoseSupplierIsNotIdentifiedTheOperatorChoosesTheSupplierToTeachFor(FxRobot robot) {
        desk.store.suppliers().create("Garage Martin", List.of(), "test");
        onTheFirstInvoice(robot, FieldKey.GROSS_TOTAL);
        robot.interact(() -> viewer(robot).setDrawing(true));
        drawAround(robot, FieldKey.GROSS_TOTAL);
        ComboBox<io.verifact.model.Supplier> choice = robot.lookup("#" + ZonePanel.SUPPLIER_ID).<ComboBox<io.verifact.model.Supplier>>query();
        waitFor(() -> panel(robot).isVisible() && choice.isVisible() && !value(robot).getText().isEmpty());
        assertThat(choice.getButtonCell().getText()).isEqualTo("Find it on the invoice");
        assertThat(choice.getItems()).hasSize(2);

        robot.interact(() -> choice.getSelectionModel().select(1));
        waitFor(() -> "Garage Martin".equals(choice.getButtonCell().getText()));
        robot.interact(() -> choice.getSelectionModel().select(0));
        waitFor(() -> "Find it on the invoice".equals(choice.getButtonCell().getText()));
        robot.interact(() -> choice.getSelectionModel().select(1));
        Robots.click(robot, ZonePanel.TEACH_ID);

        waitFor(() -> status(robot).startsWith("Taught: Gross total of Garage Martin, new mask"));
        assertThat(desk.teaching.masks(Optional.empty())).singleElement()
                .satisfies(mask -> assertThat(desk.teaching.supplier(mask.supplierId()).orElseThrow().name()).isEqualTo("Garage Martin"));
    }

    /** Waits for the first demo invoice, puts the keyboard on a field and the whole page in view. */
    private void onTheFirstInvoice(FxRobot robot, FieldKey on) {
        waitFor(() -> dupuis.truth().get(FieldKey.INVOICE_NUMBER).equals(field(robot, FieldKey.INVOICE_NUMBER).getText()));
        waitFor(() -> viewer(robot).getImage() != null);
        robot.interact(() -> {
            field(robot, on).requestFocus();
            viewer(robot).fitPage();
        });
    }

    /** Drags a rectangle a little larger than where the field was read, as an operator would. */
    private void drawAround(FxRobot robot, FieldKey key) {
        Box read = app.view().invoice().row(key).orElseThrow().box();
        robot.moveTo(onScreen(robot, read.x0() - 0.01, read.y0() - 0.004)).press(MouseButton.PRIMARY)
                .moveTo(onScreen(robot, (read.x0() + read.x1()) / 2, read.centerY()))
                .moveTo(onScreen(robot, read.x1() + 0.01, read.y1() + 0.004)).release(MouseButton.PRIMARY);
    }

    /** Where the point at fractions (u, v) of the page shows on the screen. */
    static Point2D onScreen(FxRobot robot, double u, double v) {
        PageViewer viewer = viewer(robot);
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> viewer.localToScreen(viewer.pageToLocal(u, v))).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the field chooser shows in its button, as the operator reads it. */
    private static String shownField(FxRobot robot) {
        return robot.lookup("#" + ZonePanel.FIELD_ID).queryAs(ComboBox.class).getChildrenUnmodifiable().stream()
                .filter(javafx.scene.control.ListCell.class::isInstance).map(c -> ((javafx.scene.control.ListCell<?>) c).getText())
                .findFirst().orElse(null);
    }

    private static PageViewer viewer(FxRobot robot) {
        return robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
    }

    private static VBox panel(FxRobot robot) {
        return robot.lookup("#" + ZonePanel.ID).queryAs(VBox.class);
    }

    private static TextField value(FxRobot robot) {
        return robot.lookup("#" + ZonePanel.VALUE_ID).queryAs(TextField.class);
    }

    private static TextField field(FxRobot robot, FieldKey key) {
        return robot.lookup("#field-" + key.key()).queryAs(TextField.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static String status(FxRobot robot) {
        return text(robot, WorkstationView.MESSAGE_ID);
    }
}
