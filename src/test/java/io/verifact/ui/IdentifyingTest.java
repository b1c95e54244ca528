package io.verifact.ui;

import io.verifact.model.SupplierId;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplier an invoice was identified as, at the top of the form: how it was found, its client file,
 * the steps, and the register to choose it from with the keyboard when it is not known.
 */
@ExtendWith(ApplicationExtension.class)
class IdentifyingTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;
    private String dupuis;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.store.dossiers().named("Boulangerie Martin", "test");
        // Read before its supplier is in the register: it comes in unknown.
        desk.take(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"));
        dupuis = desk.store.suppliers().create("Atelier Dupuis", List.of(new SupplierId(SupplierId.Kind.IBAN, "FR7630006000011234567890189")), "test").id();
        desk.store.suppliers().create("Butagaz", List.of(new SupplierId(SupplierId.Kind.VAT, "FR21542107651")), "test");
        desk.store.suppliers().create("Garage Martin", List.of(), "test");
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void anUnknownSupplierIsChosenFromTheRegisterWithTheKeyboardAndTheStepsAreThereToRead(FxRobot robot) throws Exception {
        Label supplier = robot.lookup("#" + SupplierSection.SUPPLIER_ID).queryAs(Label.class);
        Label file = robot.lookup("#" + SupplierSection.FILE_ID).queryAs(Label.class);
        // Once all of the invoice is there, the keyboard is on the fields; the test takes it from there.
        Robots.waitFor(() -> app.view().displayedProperty().get() != 0);
        Robots.waitFor(() -> "Not found in the register".equals(supplier.getText()) && !file.getText().isEmpty());
        assertThat(file.getText()).isEqualTo("Boulangerie Martin");

        @SuppressWarnings("unchecked")
        ComboBox<InvoiceViewModel.Choice> choice = robot.lookup("#" + SupplierSection.CHOICE_ID).queryAs(ComboBox.class);
        assertThat(choice.isVisible()).isTrue();
        robot.interact(choice::requestFocus);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        Robots.waitFor(() -> "Atelier Dupuis".equals(supplier.getText()));
        Label how = robot.lookup("#" + SupplierSection.HOW_ID).queryAs(Label.class);
        Robots.waitFor(() -> how.getText().startsWith("chosen by the operator · id "));
        long id = app.view().invoice().invoice().id();
        assertThat(desk.verification.identification(id).orElseThrow().supplierId()).isEqualTo(dupuis);

        // The steps open from the keyboard too.
        TitledPane log = (TitledPane) robot.lookup("#" + SupplierSection.LOG_ID).queryAs(javafx.scene.Node.class).getParent().getParent();
        robot.interact(choice::requestFocus);
        Robots.waitFor(choice::isFocused);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Robots.waitFor(log::isFocused);
        robot.type(KeyCode.SPACE);
        Robots.waitFor(log::isExpanded);
        assertThat(robot.lookup(".identification-step").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(step -> assertThat(step).startsWith("Supplier Atelier Dupuis chosen by claire"));

        robot.interact(() -> stage.setWidth(1280));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.keep(Screenshots.save(stage.getScene(), "identification"));
    }

    @Test
    void escapeInTheOpenRegisterLeavesTheSupplierAsItWas(FxRobot robot) throws Exception {
        Label supplier = robot.lookup("#" + SupplierSection.SUPPLIER_ID).queryAs(Label.class);
        Robots.waitFor(() -> app.view().displayedProperty().get() != 0);
        Robots.waitFor(() -> "Not found in the register".equals(supplier.getText()));
        long id = app.view().invoice().invoice().id();

        @SuppressWarnings("unchecked")
        ComboBox<InvoiceViewModel.Choice> choice = robot.lookup("#" + SupplierSection.CHOICE_ID).queryAs(ComboBox.class);
        robot.interact(choice::requestFocus);
        Robots.waitFor(choice::isFocused);
        robot.type(KeyCode.F4);
        Robots.waitFor(choice::isShowing);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        // The arrows went through the register: the list is on a supplier the invoice does not have.
        Robots.waitFor(() -> choice.getValue() != null);
        robot.type(KeyCode.ESCAPE);
        Robots.waitFor(() -> !choice.isShowing());
        // Typing a letter in the closed list takes nothing either.
        robot.type(KeyCode.B);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(supplier.getText()).isEqualTo("Not found in the register");
        assertThat(choice.getValue()).isNull();
        assertThat(desk.verification.identification(id).map(c -> c.supplierId()).orElse("")).isEmpty();
    }
}
