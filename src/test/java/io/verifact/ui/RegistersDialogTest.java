package io.verifact.ui;

import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registers in their window, as an operator uses them: a supplier written and saved from the
 * keyboard, a change not saved asked about before it is left, and the supplier of an invoice the register
 * lacks created from what the invoice shows, which then is the invoice's supplier.
 */
@ExtendWith(ApplicationExtension.class)
class RegistersDialogTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.store.dossiers().named("Boulangerie Martin", "test");
        desk.take(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"));
        desk.store.suppliers().create("Butagaz", List.of(new SupplierId(SupplierId.Kind.VAT, "FR13542107651")), "test");
        desk.store.suppliers().create("Garage Martin", List.of(), "test");
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        registersWindow().ifPresent(window -> robot.interact(window::hide));
        desk.closeWith(robot, stage, app);
    }

    @Test
    void aSupplierIsWrittenAndSavedFromTheKeyboardAndABadIbanIsSaidBeforeAnythingIsKept(FxRobot robot) throws Exception {
        Stage registers = open(robot);
        ListView<Supplier> list = lookup(registers, RegistersDialog.SUPPLIER_LIST_ID);
        waitFor(() -> list.getItems().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        TextField name = lookup(registers, "registers-supplier-name");
        waitFor(name::isFocused);
        // Typed where the operator clicks: the robot types into the window it last pointed at.
        robot.clickOn(name).write("Électricité de Provence");
        TextField iban = lookup(registers, "registers-supplier-iban");
        robot.clickOn(iban).write("FR76 3000 6000 0112 3456 7890 188");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Label problem = lookup(registers, RegistersDialog.PROBLEM_ID);
        waitFor(() -> problem.isVisible() && problem.getText().contains("check digits"));
        assertThat(desk.store.suppliers().all()).hasSize(2);

        robot.interact(() -> iban.setText(""));
        robot.clickOn(iban).write("FR76 3000 6000 0112 3456 7890 189");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Label done = lookup(registers, RegistersDialog.DONE_ID);
        waitFor(() -> "Électricité de Provence created.".equals(done.getText()));
        assertThat(problem.isVisible()).isFalse();
        assertThat(desk.store.suppliers().all()).filteredOn(s -> s.name().equals("Électricité de Provence")).singleElement()
                .satisfies(s -> assertThat(s.identifiers(SupplierId.Kind.IBAN)).containsExactly("FR7630006000011234567890189"));
        waitFor(() -> list.getItems().size() == 3 && list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().name().equals("Électricité de Provence"));

        robot.interact(() -> registers.setWidth(1200));
        robot.interact(() -> registers.setHeight(820));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.keep(Screenshots.save(registers.getScene(), "registers"));
    }

    @Test
    void aChangeNotSavedIsAskedAboutBeforeAnotherSupplierIsShownAndDiscardingDropsIt(FxRobot robot) {
        Stage registers = open(robot);
        ListView<Supplier> list = lookup(registers, RegistersDialog.SUPPLIER_LIST_ID);
        waitFor(() -> list.getItems().size() == 2 && list.getSelectionModel().getSelectedIndex() == 0);
        TextField name = lookup(registers, "registers-supplier-name");
        waitFor(() -> "Butagaz".equals(name.getText()));
        robot.interact(() -> name.setText("Butagaz SAS"));

        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN);
        waitFor(() -> unsavedQuestion().isPresent());
        Button discard = (Button) unsavedQuestion().orElseThrow().lookupButton(unsavedQuestion().orElseThrow().getButtonTypes().get(1));
        assertThat(discard.getText()).isEqualTo("Discard");
        robot.interact(discard::fire);

        waitFor(() -> "Garage Martin".equals(name.getText()));
        assertThat(desk.store.suppliers().all()).extracting(Supplier::name).containsExactly("Butagaz", "Garage Martin");
    }

    @Test
    void theSupplierOfAnInvoiceTheRegisterLacksIsCreatedFromItAndBecomesItsSupplier(FxRobot robot) throws Exception {
        Label supplier = robot.lookup("#" + SupplierSection.SUPPLIER_ID).queryAs(Label.class);
        waitFor(() -> app.view().displayedProperty().get() != 0);
        waitFor(() -> "Not found in the register".equals(supplier.getText()));
        Button create = robot.lookup("#" + SupplierSection.CREATE_ID).queryAs(Button.class);
        waitFor(create::isVisible);
        Screenshots.save(stage.getScene(), "create-supplier");
        robot.interact(create::fire);

        waitFor(() -> registersWindow().isPresent());
        Stage registers = registersWindow().orElseThrow();
        TextField name = lookup(registers, "registers-supplier-name");
        // Filled from what the invoice prints: its supplier's name, and its account by the client file's rule.
        waitFor(() -> name.getText().contains("Dupuis"));
        TextField account = lookup(registers, "registers-supplier-account");
        waitFor(() -> registers.getScene().getFocusOwner() == name);
        Screenshots.save(registers.getScene(), "create-supplier-form");
        robot.interact(() -> {
            javafx.scene.Parent up = account.getParent();
            while (!(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            ((javafx.scene.control.ScrollPane) up).setVvalue(1);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(registers.getScene(), "create-supplier-accounts");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitFor(() -> supplier.getText().contains("Dupuis"));
        long id = app.view().invoice().invoice().id();
        Supplier made = desk.store.suppliers().all().stream().filter(s -> s.name().contains("Dupuis")).findFirst().orElseThrow();
        assertThat(desk.verification.identification(id).orElseThrow().supplierId()).isEqualTo(made.id());
        assertThat(desk.store.suppliers().all()).hasSize(3);
        assertThat(create.isVisible()).isFalse();
        assertThat(made.accounts().values()).allSatisfy(a -> assertThat(a).startsWith("401"));
        assertThat(account.getParent()).isNotNull();
    }

    private Stage open(FxRobot robot) {
        waitFor(() -> app.view().invoice().invoice() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> registersWindow().isPresent());
        return registersWindow().orElseThrow();
    }

    private static Optional<Stage> registersWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Suppliers and client files".equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst();
    }

    private static Optional<DialogPane> unsavedQuestion() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && pane.getHeaderText() != null && pane.getHeaderText().startsWith("Save the changes"))
                .map(DialogPane.class::cast).findFirst();
    }

    private static <T extends Node> T lookup(Stage window, String id) {
        return Robots.lookup(window, "#" + id);
    }
}
