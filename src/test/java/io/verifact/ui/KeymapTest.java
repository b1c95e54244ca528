package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.verifact.model.FieldKey;
import io.verifact.ui.viewer.PageViewer;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one keymap: what F1 lists is what the keys do, wherever the keyboard is. */
@ExtendWith(ApplicationExtension.class)
class KeymapTest {

    @TempDir
    static Path parent;

    private TestDesk desk;
    private WorkstationApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desk = TestDesk.under(parent);
        desk.take(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"));
        app = desk.openWithinReach(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void f1ListsEveryShortcutUnderWhereItWorks(FxRobot robot) throws Exception {
        waitFor(() -> "FA-1".equals(text(robot)));

        robot.type(KeyCode.F1);

        waitFor(() -> robot.lookup("#" + Dialogs.SHORTCUTS_ID).tryQuery().isPresent());
        List<String> shown = robot.lookup("#" + Dialogs.SHORTCUTS_ID + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(shown).as(shortcut.name()).contains(shortcut.displayText(), messages.get(shortcut.description()));
        }
        for (Shortcut.Scope scope : Shortcut.Scope.values()) {
            assertThat(shown).contains(messages.get(scope.heading()));
        }
        Screenshots.save(robot.lookup("#" + Dialogs.SHORTCUTS_ID).query().getScene(), "shortcuts-en");
    }

    @Test
    void theZoomKeysZoomThePageWhileTheKeyboardIsInAField(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot)));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        waitFor(() -> viewer.getImage() != null);
        TextField field = robot.lookup("#field-" + FieldKey.INVOICE_NUMBER.key()).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        double before = viewer.getZoom();

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitFor(() -> viewer.getZoom() > before);
        double zoomed = viewer.getZoom();
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);

        waitFor(() -> viewer.getZoom() < zoomed);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("FA-1");
    }

    @Test
    void altAndANumberOpenTheQueuesTabsInTheOrderTheyStand(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot)));
        assertThat(Shortcut.QUEUE_TAB.combinations()).hasSameSizeAs(QueueViewModel.Tab.values());

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        waitFor(() -> app.view().queue().tabProperty().get() == QueueViewModel.Tab.VERIFIED);
        robot.press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        waitFor(() -> app.view().queue().tabProperty().get() == QueueViewModel.Tab.DUPLICATES);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);

        waitFor(() -> app.view().queue().tabProperty().get() == QueueViewModel.Tab.TO_VERIFY);
    }

    @Test
    void tabFromTheSearchReachesTheSupplierAndClientFilters(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#" + QueuePane.SEARCH_ID).query().isFocused());

        robot.type(KeyCode.TAB);
        waitFor(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBox<?>);
        javafx.scene.Node suppliers = stage.getScene().getFocusOwner();
        robot.type(KeyCode.TAB);

        waitFor(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBox<?> && stage.getScene().getFocusOwner() != suppliers);
    }

    @Test
    void everyKeyListedForThePageIsTakenByThePage(FxRobot robot) {
        waitFor(() -> "FA-1".equals(text(robot)));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        waitFor(() -> viewer.getImage() != null);
        List<String> leftOver = new ArrayList<>();
        robot.interact(() -> {
            viewer.requestFocus();
            viewer.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> leftOver.add(e.getCode().getName()));
        });
        robot.interact(() -> viewer.setDrawing(true));

        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut.scope() != Shortcut.Scope.PAGE) {
                continue;
            }
            for (KeyCombination keys : shortcut.combinations()) {
                KeyCode code = ((KeyCodeCombination) keys).getCode();
                robot.interact(() -> Event.fireEvent(viewer, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
            }
        }

        assertThat(leftOver).isEmpty();
        assertThat(viewer.isDrawing()).as("Esc leaves drawing").isFalse();
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#field-" + FieldKey.INVOICE_NUMBER.key()).queryAs(TextField.class).getText();
    }
}
