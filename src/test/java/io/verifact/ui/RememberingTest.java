package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.Node;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the workstation remembers for its operator from one start to the next, on preferences kept in memory. */
@ExtendWith(ApplicationExtension.class)
class RememberingTest {

    @TempDir
    static Path parent;

    /** The operator's preferences, outliving each start of the workstation as the system's own do. */
    private final MemoryPreferences kept = new MemoryPreferences();
    private TestDesk desk;
    private Stage stage;
    private WorkstationApp app;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = new TestDesk(Files.createTempDirectory(parent, "desk"), this::demo);
        app = open(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        desk.closeWith(robot, stage, app);
    }

    @Test
    void aFolderOfInvoicesIsRememberedOnceAcrossARestartAndTheDemoNotAtAll(FxRobot robot) throws IOException {
        Path inbox = Files.createDirectories(desk.folder.resolve("inbox"));
        Path first = desk.invoice("inbox/dupuis-1.pdf", "Dupuis", "FA-1", "120,00");
        Path second = desk.invoice("inbox/dupuis-2.pdf", "Dupuis", "FA-2", "120,00");

        Robots.click(robot, QueuePane.DEMO_ID);
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get() == 2);
        robot.interact(() -> app.view().take(List.of(first, second)));
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get() == 4);
        Label said = robot.lookup("#" + WorkstationView.MESSAGE_ID).queryAs(Label.class);
        // The same folder chosen with "Open folder…"; the status bar is cleared to tell this reading's end from the last.
        robot.interact(() -> {
            said.setText("");
            app.view().take(List.of(inbox));
        });
        waitFor(() -> said.getText().endsWith(" read"));

        restart(robot);

        assertThat(recentItems(robot)).extracting(MenuItem::getText).containsExactly(inbox.toAbsolutePath().normalize().toString());
        assertThat(openMenu(robot).getItems().getFirst().getText()).isEqualTo("Open folder…");
    }

    @Test
    void aWindowClosedMaximisedOpensMaximisedAndGoesBackToTheSizeItHadBefore(FxRobot robot) {
        place(robot, 20, 30, 960, 700);
        robot.interact(() -> stage.setMaximized(true));

        restart(robot);

        assertThat(stage.isMaximized()).isTrue();
        robot.interact(() -> stage.setMaximized(false));
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).containsExactly(20.0, 30.0, 960.0, 700.0);
    }

    @Test
    void aWindowClosedAtItsOwnSizeOpensThereAgain(FxRobot robot) {
        place(robot, 10, 40, 980, 760);

        restart(robot);

        assertThat(stage.isMaximized()).isFalse();
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).containsExactly(10.0, 40.0, 980.0, 760.0);
    }

    @Test
    void theDividersStayWhereTheOperatorLeftThemFromOneStartToTheNext(FxRobot robot) {
        place(robot, 0, 0, 1200, 900);
        WaitForAsyncUtils.waitForFxEvents();
        // The headless robot presses and lets go but does not carry a divider along: the split is moved in between.
        robot.moveTo(divider(robot)).press(MouseButton.PRIMARY);
        robot.interact(() -> split().setDividerPositions(0.3, 0.52));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double queue = pane(0).getWidth();
        double fields = pane(2).getWidth();

        restart(robot);
        restart(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane(0).getWidth()).isCloseTo(queue, within(1.0));
        assertThat(pane(2).getWidth()).isCloseTo(fields, within(1.0));
    }

    /** The queue (0), the page (1) or the fields (2). */
    private Region pane(int index) {
        return (Region) split().getItems().get(index);
    }

    private SplitPane split() {
        return (SplitPane) ((BorderPane) app.view().root()).getCenter();
    }

    /** The divider between the queue and the page. */
    private Node divider(FxRobot robot) {
        return robot.from(split()).lookup(".split-pane-divider").match((Node n) -> n.getParent() == split()).query();
    }

    /**
     * Moves and sizes the window as the operator does. The headless screen is 1000 pixels square and cannot
     * draw a window that reaches below it: a wider one is drawn, a taller one is not.
     */
    private void place(FxRobot robot, double x, double y, double width, double height) {
        robot.interact(() -> {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** Closes the window as the operator does, then starts the workstation again on the preferences kept. */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            stage.close();
            app.stop();
        });
        robot.interact(() -> {
            stage = new Stage();
            app = open(stage);
        });
    }

    private WorkstationApp open(Stage on) {
        WorkstationApp started = new WorkstationApp(Locale.ENGLISH, WorkstationApp.Theme.LIGHT, desk.workspace,
                new WorkstationPreferences(kept), desk.keyring);
        started.start(on);
        return started;
    }

    private List<Path> demo() throws IOException {
        Files.createDirectories(desk.folder.resolve("demo"));
        return List.of(desk.invoice("demo/lefort-1.pdf", "Lefort", "D-1", "120,00"),
                desk.invoice("demo/lefort-2.pdf", "Lefort", "D-2", "120,00"));
    }

    private SplitMenuButton openMenu(FxRobot robot) {
        return robot.lookup("#" + WorkstationView.OPEN_ID).queryAs(SplitMenuButton.class);
    }

    private List<MenuItem> recentItems(FxRobot robot) {
        return openMenu(robot).getItems().stream().filter(i -> i.getStyleClass().contains(WorkstationView.RECENT_STYLE)).toList();
    }
}
