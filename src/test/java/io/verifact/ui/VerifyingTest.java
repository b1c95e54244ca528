package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;
import io.verifact.model.FieldKey;
import io.verifact.model.InvoiceStatus;
import io.verifact.store.AuditEntry;
import io.verifact.ui.viewer.FieldBox;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.QueueItem;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator verifying invoices with the keyboard, in the real window on a real local store. */
@ExtendWith(ApplicationExtension.class)
class VerifyingTest {

    private static final PseudoClass HOVERED = PseudoClass.getPseudoClass("hovered");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.take(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"),
                desk.invoice("dupuis-2.pdf", "Dupuis", "FA-2", "120,00"),
                desk.invoice("dupuis-3.pdf", "Dupuis", "FA-3", "120,00"));
        app = new WorkstationApp(Locale.ENGLISH, WorkstationApp.Theme.LIGHT, desk.workspace, desk.preferences);
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    /** Closes every window but the main one: a dialog left open by one test must not take the next test's keys. */
    static void closeDialogs(FxRobot robot, Stage main) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != main).toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void theFirstInvoiceToVerifyOpensWithItsPageAndFields(FxRobot robot) throws Exception {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));

        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        waitFor(() -> viewer.getImage() != null);
        assertThat(viewer.getBoxes()).extracting(b -> b.id()).contains("invoice_number", "gross_total");
        assertThat(text(robot, FieldKey.GROSS_TOTAL)).isEqualTo("120.00");
        waitFor(() -> robot.lookup("#" + WorkstationView.POSITION_ID).queryAs(Label.class).getText().equals("Invoice 1 of 3 to verify"));
        Screenshots.save(stage.getScene(), "workstation-pdf-en");
    }

    @Test
    void altDownAndAltUpMoveThroughTheQueue(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> "FA-2".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> "FA-3".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        waitFor(() -> "FA-2".equals(text(robot, FieldKey.INVOICE_NUMBER)));
    }

    @Test
    void aPageTurnedStaysTurnedOnThatInvoiceOnlyAndIsTurnedAgainAfterARestart(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        waitFor(() -> viewer.getImage() != null);

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertThat(viewer.getQuarterTurns()).isEqualTo(1);

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> "FA-2".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        assertThat(viewer.getQuarterTurns()).as("the next invoice is shown upright").isZero();

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        assertThat(viewer.getQuarterTurns()).as("the invoice turned keeps its turn").isEqualTo(1);

        // The workstation closes and opens again on the same store.
        robot.interact(app::stop);
        desk.close();
        desk = new TestDesk(desk.folder, java.util.List::of);
        app = new WorkstationApp(Locale.ENGLISH, WorkstationApp.Theme.LIGHT, desk.workspace, desk.preferences);
        robot.interact(() -> app.start(stage));
        waitFor(() -> app.view().displayedProperty().get() != 0 && "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        assertThat(app.view().viewer().getQuarterTurns()).as("turned again after a restart").isEqualTo(1);
    }

    @Test
    void aFieldFocusedOrPointedAtLightsUpItsBoxOnThePageAndABoxPointedAtLightsUpItsField(FxRobot robot) throws Exception {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        waitFor(() -> viewer.getImage() != null);
        TextField total = robot.lookup("#field-" + FieldKey.GROSS_TOTAL.key()).queryAs(TextField.class);
        TextField number = robot.lookup("#field-" + FieldKey.INVOICE_NUMBER.key()).queryAs(TextField.class);
        TextField date = robot.lookup("#field-" + FieldKey.INVOICE_DATE.key()).queryAs(TextField.class);

        robot.interact(total::requestFocus);
        assertThat(viewer.getHighlighted()).isEqualTo(FieldKey.GROSS_TOTAL.key());
        assertThat(box(viewer, FieldKey.GROSS_TOTAL).getPseudoClassStates()).contains(HIGHLIGHTED);

        robot.moveTo(number);
        assertThat(box(viewer, FieldKey.INVOICE_NUMBER).getPseudoClassStates()).contains(HOVERED);
        assertThat(box(viewer, FieldKey.GROSS_TOTAL).getPseudoClassStates()).doesNotContain(HOVERED);

        robot.moveTo(box(viewer, FieldKey.INVOICE_DATE));
        assertThat(date.getPseudoClassStates()).contains(HOVERED);
        assertThat(number.getPseudoClassStates()).doesNotContain(HOVERED);
        assertThat(box(viewer, FieldKey.INVOICE_NUMBER).getPseudoClassStates()).as("the pointer left its field").doesNotContain(HOVERED);
        Screenshots.save(stage.getScene(), "box-pointed-at-en");
    }

    /** The box the viewer draws for a field. */
    private static Rectangle box(PageViewer viewer, FieldKey key) {
        return viewer.lookupAll(".field-box").stream().filter(n -> ((FieldBox) n.getUserData()).id().equals(key.key()))
                .map(Rectangle.class::cast).findFirst().orElseThrow(() -> new AssertionError("no box for " + key));
    }

    @Test
    void typingAValueAndEnterCorrectsThisInvoiceAndCtrlZTakesItBack(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();

        retype(robot, FieldKey.INVOICE_NUMBER, "FA-1-B");
        robot.type(KeyCode.ENTER);
        waitFor(() -> "FA-1-B".equals(desk.verification.open(id).field(FieldKey.INVOICE_NUMBER).orElseThrow().value()));

        waitFor(() -> app.view().invoice().row(FieldKey.INVOICE_NUMBER).orElseThrow().state() == FieldState.CORRECTED);
        AuditEntry last = desk.store.audit().forDocument(id).getLast();
        assertThat(last.actor()).isEqualTo("claire");
        assertThat(last.newValue()).isEqualTo("FA-1-B");

        robot.interact(robot.lookup("#field-" + FieldKey.INVOICE_NUMBER.key()).queryAs(TextField.class)::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> "FA-1".equals(desk.verification.open(id).field(FieldKey.INVOICE_NUMBER).orElseThrow().value()));
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
    }

    @Test
    void ctrlShiftZRedoesTheCorrectionCtrlZTookBack(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();
        retype(robot, FieldKey.INVOICE_NUMBER, "FA-1-B");
        robot.type(KeyCode.ENTER);
        waitFor(() -> "FA-1-B".equals(stored(id, FieldKey.INVOICE_NUMBER)));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> "FA-1".equals(stored(id, FieldKey.INVOICE_NUMBER)));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);

        waitFor(() -> "FA-1-B".equals(stored(id, FieldKey.INVOICE_NUMBER)));
        waitFor(() -> "FA-1-B".equals(text(robot, FieldKey.INVOICE_NUMBER)));
    }

    @Test
    void aCorrectionIsAuditedWithWhoMadeItWhenAndTheValueBeforeAndAfter(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();
        int seen = desk.store.audit().forDocument(id).size();
        Instant before = Instant.now().minusSeconds(1);

        retype(robot, FieldKey.INVOICE_NUMBER, "FA-1-B");
        robot.type(KeyCode.ENTER);

        waitFor(() -> changed(id, seen, FieldKey.INVOICE_NUMBER).size() == 1);
        AuditEntry correction = changed(id, seen, FieldKey.INVOICE_NUMBER).getFirst();
        assertThat(correction.actor()).isEqualTo("claire");
        assertThat(correction.at()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(correction.oldValue()).isEqualTo("FA-1");
        assertThat(correction.newValue()).isEqualTo("FA-1-B");
    }

    @Test
    void escapeLeavesAFieldBeingTypedInAsItWasAndNothingIsAudited(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();
        int seen = desk.store.audit().forDocument(id).size();

        retype(robot, FieldKey.INVOICE_NUMBER, "FA-9");
        robot.type(KeyCode.ESCAPE);
        assertThat(text(robot, FieldKey.INVOICE_NUMBER)).isEqualTo("FA-1");
        robot.type(KeyCode.TAB);

        // Written after anything the field could have sent, on the same one thread: once it is in, all of that is.
        retype(robot, FieldKey.PO_NUMBER, "PO-7");
        robot.type(KeyCode.ENTER);
        waitFor(() -> changed(id, seen, FieldKey.PO_NUMBER).size() == 1);
        assertThat(changed(id, seen, FieldKey.INVOICE_NUMBER)).isEmpty();
        assertThat(stored(id, FieldKey.INVOICE_NUMBER)).isEqualTo("FA-1");
    }

    @Test
    void tabGoesThroughTheFieldsInTheOrderTheyAreRead(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        List<FieldKey> order = InvoiceViewModel.ORDER;
        robot.interact(robot.lookup("#field-" + order.getFirst().key()).queryAs(TextField.class)::requestFocus);

        for (FieldKey next : order.subList(1, order.size())) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getFocusOwner().getId()).as("Tab towards " + next).isEqualTo("field-" + next.key());
        }
    }

    @Test
    void anEntryThatIsNotAnAmountIsRefusedInWords(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));

        retype(robot, FieldKey.GROSS_TOTAL, "12O,OO");
        robot.type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#" + WorkstationView.MESSAGE_ID).queryAs(Label.class).getText().contains("is not an amount"));
        long id = app.view().invoice().invoice().id();
        assertThat(desk.verification.open(id).field(FieldKey.GROSS_TOTAL).orElseThrow().value()).isEqualTo("120.00");
    }

    @Test
    void ctrlEnterOverARefusedEntryKeepsTheOperatorOnItAndValidatesNothing(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();

        retype(robot, FieldKey.GROSS_TOTAL, "12O,OO");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitFor(() -> robot.lookup("#" + WorkstationView.MESSAGE_ID).queryAs(Label.class).getText().contains("is not an amount"));
        assertThat(desk.verification.open(id).status()).isEqualTo(InvoiceStatus.RECOGNIZED);
        assertThat(app.view().invoice().invoice().id()).isEqualTo(id);
        assertThat(text(robot, FieldKey.GROSS_TOTAL)).isEqualTo("12O,OO");
    }

    @Test
    void enterThroughTheFieldsThatNeedALookEndsOnValidate(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long needing = app.view().invoice().rows().stream().filter(FieldRow::needsLook).count();

        for (int i = 0; i < needing; i++) {
            robot.type(KeyCode.ENTER);
        }

        waitFor(() -> robot.lookup("#" + WorkstationView.VALIDATE_ID).queryAs(Button.class).isFocused());
    }

    @Test
    void ctrlEnterValidatesAndOpensTheNextInvoice(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long first = app.view().invoice().invoice().id();

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitFor(() -> "FA-2".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        assertThat(desk.verification.open(first).status()).isEqualTo(InvoiceStatus.VERIFIED);
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.VERIFIED).get() == 1);
    }

    @Test
    void aFailedCheckIsShownInWordsAndBlocksValidationUntilAReasonIsGiven(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();
        retype(robot, FieldKey.GROSS_TOTAL, "120,10");
        robot.type(KeyCode.ENTER);
        waitFor(() -> app.view().invoice().row(FieldKey.GROSS_TOTAL).orElseThrow().state() == FieldState.FAILED);
        assertThat(app.view().invoice().row(FieldKey.GROSS_TOTAL).orElseThrow().problem()).isEqualTo("net + VAT ≠ gross by 0.10");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#" + Dialogs.REASON_ID).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.verification.open(id).status()).isEqualTo(InvoiceStatus.RECOGNIZED);

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#" + Dialogs.REASON_ID).tryQuery().isPresent());
        Robots.click(robot, Dialogs.REASON_ID).write("Rounded by the supplier");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton());

        waitFor(() -> desk.verification.open(id).status() == InvoiceStatus.VERIFIED);
        assertThat(desk.verification.open(id).statusReason()).isEqualTo("Rounded by the supplier");
    }

    @Test
    void rejectingAsksForAReasonAndKeepsIt(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long id = app.view().invoice().invoice().id();

        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#" + Dialogs.REASON_ID).tryQuery().isPresent());
        Robots.click(robot, Dialogs.REASON_ID).write("Addressed to another company");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton());

        waitFor(() -> desk.verification.open(id).status() == InvoiceStatus.REJECTED);
        assertThat(desk.verification.queue()).filteredOn(q -> q.id() == id).extracting(QueueItem::statusReason)
                .containsExactly("Addressed to another company");
        waitFor(() -> "FA-2".equals(text(robot, FieldKey.INVOICE_NUMBER)));
    }

    @Test
    void f4ShowsTheOtherReadingsAndTheKeyboardPicksOne(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        FieldRow name = app.view().invoice().row(FieldKey.SUPPLIER_NAME).orElseThrow();
        assertThat(name.candidates()).isNotEmpty();
        String other = name.candidates().getFirst().value();

        robot.interact(robot.lookup("#field-" + FieldKey.SUPPLIER_NAME.key()).queryAs(TextField.class)::requestFocus);
        robot.type(KeyCode.F4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        waitFor(() -> other.equals(text(robot, FieldKey.SUPPLIER_NAME)));
        assertThat(app.view().invoice().row(FieldKey.SUPPLIER_NAME).orElseThrow().state()).isEqualTo(FieldState.CORRECTED);
    }

    @Test
    void aSecondFileOfTheSameInvoiceIsShownAsADuplicateBesideTheFirstEachCaptionedAndPagedThrough(FxRobot robot) throws Exception {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        java.nio.file.Path again = desk.invoice("dupuis-1-copy.pdf", "Dupuis", "FA-1", "120,00", 2);

        robot.interact(() -> app.view().take(java.util.List.of(again)));
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.DUPLICATES).get() == 1);
        long copy = desk.verification.queue().stream().filter(q -> q.fileName().equals("dupuis-1-copy.pdf")).findFirst().orElseThrow().id();
        robot.interact(() -> app.view().show(copy));

        Label banner = robot.lookup("#" + WorkstationView.BANNER_ID).queryAs(Label.class);
        waitFor(() -> banner.isVisible() && banner.getText().equals("This invoice repeats dupuis-1.pdf."));
        javafx.scene.image.Image firstPage = app.view().viewer().getImage();
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(app.view().viewer().getImage()).as("the next page of the invoice").isNotNull().isNotSameAs(firstPage);
        Button compareButton = robot.lookup(".button").match((Button b) -> "Compare with the first".equals(b.getText())).queryButton();
        robot.interact(compareButton::fire);
        Stage compare = compareWindow(robot);
        assertThat(compare.getScene().getRoot().lookupAll(".page-viewer")).hasSize(2)
                .allSatisfy(v -> assertThat(((PageViewer) v).getImage()).isNotNull());
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.TITLE_CLASS)).isEqualTo("First received");
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.DETAIL_CLASS)).startsWith("dupuis-1.pdf · Recognized · received ");
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.TITLE_CLASS)).isEqualTo("This one");
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.DETAIL_CLASS)).startsWith("dupuis-1-copy.pdf · Recognized · received ");
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.PAGE_CLASS)).isEqualTo("Page 1 of 1");
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.PAGE_CLASS)).isEqualTo("Page 1 of 2");
        Screenshots.save(compare.getScene(), "compare-duplicate-en");

        PageViewer copyViewer = (PageViewer) Robots.lookup(compare, "#" + SideBySide.THIS_ID + " .page-viewer");
        javafx.scene.image.Image pageOne = copyViewer.getImage();
        robot.interact(((Button) compare.getScene().lookup("#" + SideBySide.THIS_ID + " ." + SideBySide.NEXT_CLASS))::fire);
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.PAGE_CLASS)).isEqualTo("Page 2 of 2");
        assertThat(copyViewer.getImage()).isNotNull().isNotSameAs(pageOne);
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.PAGE_CLASS)).isEqualTo("Page 1 of 1");

        robot.interact(compare::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.PAGE_CLASS)).as("the keyboard pages both").isEqualTo("Page 1 of 2");
        robot.interact(compare::close);
    }

    @Test
    void theSameFileReceivedAgainFromElsewhereIsComparedWithWhereEachCameFrom(FxRobot robot) throws Exception {
        waitFor(() -> "FA-1".equals(text(robot, FieldKey.INVOICE_NUMBER)));
        long first = app.view().invoice().invoice().id();
        java.nio.file.Path elsewhere = java.nio.file.Files.createDirectories(desk.folder.resolve("scanner"));
        java.nio.file.Path again = java.nio.file.Files.copy(desk.folder.resolve("dupuis-1.pdf"), elsewhere.resolve("scan-0001.pdf"));

        robot.interact(() -> app.view().take(java.util.List.of(again)));
        waitFor(() -> app.view().queue().find(first).filter(QueueItem::receivedAgain).isPresent());
        robot.interact(() -> app.view().show(desk.verification.queue().get(1).id()));
        waitFor(() -> app.view().invoice().invoice() != null && app.view().invoice().invoice().id() != first);
        robot.interact(() -> app.view().show(first));

        Label banner = robot.lookup("#" + WorkstationView.BANNER_ID).queryAs(Label.class);
        waitFor(() -> banner.isVisible() && banner.getText().equals("This same file was received more than once."));
        Button compareButton = robot.lookup(".button").match((Button b) -> "Compare with the first".equals(b.getText())).queryButton();
        assertThat(compareButton.isVisible()).isTrue();
        robot.interact(compareButton::fire);

        Stage compare = compareWindow(robot);
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.TITLE_CLASS)).isEqualTo("First received");
        assertThat(caption(compare, SideBySide.FIRST_ID, SideBySide.DETAIL_CLASS)).startsWith("dupuis-1.pdf · Recognized · received ")
                .endsWith(" from " + desk.folder.resolve("dupuis-1.pdf").toAbsolutePath().normalize());
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.TITLE_CLASS)).isEqualTo("Received again");
        assertThat(caption(compare, SideBySide.THIS_ID, SideBySide.DETAIL_CLASS)).startsWith("scan-0001.pdf · Recognized · received ")
                .endsWith(" from " + again.toAbsolutePath().normalize());
        robot.interact(compare::close);
    }

    private static Stage compareWindow(FxRobot robot) {
        waitFor(() -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof Stage s && "Same invoice twice".equals(s.getTitle())));
        return (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Same invoice twice".equals(s.getTitle())).findFirst().orElseThrow();
    }

    /** The text of a caption of one side of the compare window. */
    private static String caption(Stage compare, String side, String styleClass) {
        return ((Label) Robots.lookup(compare, "#" + side + " ." + styleClass)).getText();
    }

    @Test
    void invoicesIngestedOnTheCommandLineIntoTheSameStoreAppearInTheQueue(FxRobot robot) throws Exception {
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get() == 3);
        java.nio.file.Path file = desk.invoice("dupuis-4.pdf", "Dupuis", "FA-4", "120,00");

        // Another program on the same store file: its own connection, as a command-line ingest has.
        try (TestDesk commandLine = new TestDesk(desk.folder, java.util.List::of)) {
            commandLine.take(file);
        }

        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get() == 4);
    }

    private void retype(FxRobot robot, FieldKey key, String value) {
        TextField field = robot.lookup("#field-" + key.key()).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.interact(field::selectAll);
        robot.write(value);
    }

    /** The value of the field as the store holds it. */
    private String stored(long id, FieldKey key) {
        return desk.verification.open(id).field(key).map(io.verifact.model.FieldValue::value).orElse("");
    }

    /** What the audit trail says changed in that field of the invoice since it held {@code seen} entries. */
    private List<AuditEntry> changed(long id, int seen, FieldKey key) {
        List<AuditEntry> trail = desk.store.audit().forDocument(id);
        return trail.subList(seen, trail.size()).stream().filter(e -> key.key().equals(e.field())).toList();
    }

    private static String text(FxRobot robot, FieldKey key) {
        return robot.lookup("#field-" + key.key()).queryAs(TextField.class).getText();
    }
}
