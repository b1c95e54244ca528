package io.verifact.ui;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The window on an empty store: the first thing a new operator sees. */
@ExtendWith(ApplicationExtension.class)
class WorkstationAppTest {

    @TempDir
    static Path parent;

    private Stage stage;
    private TestDesk desk;
    private WorkstationApp app;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path folder = Files.createTempDirectory(parent, "desk");
        desk = new TestDesk(folder, () -> DemoInvoices.write(folder.resolve("demo")).stream().map(DemoInvoice::file).toList(),
                new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", 2)));
        app = new WorkstationApp(Locale.ENGLISH, WorkstationApp.Theme.LIGHT, desk.workspace, desk.preferences);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
        desk.close();
    }

    @Test
    void theWindowCarriesTheAppsNameAndIcon() {
        assertThat(stage.getTitle()).isEqualTo("Verifact");
        assertThat(stage.getIcons()).isNotEmpty();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void theHeaderShowsTheAppsName(FxRobot robot) {
        assertThat(robot.lookup("#" + WorkstationView.APP_NAME_ID).queryAs(Label.class).getText()).isEqualTo("Verifact");
        assertThat(robot.lookup("#" + WorkstationView.QUEUE_SUMMARY_ID).queryAs(Label.class).getText())
                .isEqualTo("Nothing to verify");
    }

    @Test
    void anEmptyQueueOffersToOpenInvoicesOrToTryTheDemo(FxRobot robot) throws IOException {
        Label placeholder = robot.lookup("#" + QueuePane.PLACEHOLDER_ID).queryAs(Label.class);

        assertThat(placeholder.getText()).isEqualTo("No invoices in the queue");
        assertThat(robot.lookup("#" + QueuePane.OPEN_ID).queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#" + QueuePane.DEMO_ID).queryAs(Button.class).getText()).isEqualTo("Try it with demo invoices");

        Path screenshot = Screenshots.save(stage.getScene(), "workstation-empty");
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void theSettingsChangeTheThemeAtOnceAndKeepTheChoices(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA)
                .release(javafx.scene.input.KeyCode.COMMA, javafx.scene.input.KeyCode.CONTROL);
        Robots.waitFor(() -> robot.lookup("#" + SettingsDialog.THEME_ID).tryQuery().isPresent());

        robot.interact(() -> {
            robot.lookup("#" + SettingsDialog.THEME_ID).<javafx.scene.control.ComboBox<WorkstationApp.Theme>>query()
                    .setValue(WorkstationApp.Theme.DARK);
            robot.lookup("#" + SettingsDialog.LANGUAGE_ID).<javafx.scene.control.ComboBox<String>>query().setValue("fr");
            robot.lookup("#" + SettingsDialog.OCR_ID).<javafx.scene.control.TextField>query().setText("fra+eng");
        });
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        robot.interact(() -> robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton().fire());

        assertThat(desk.preferences.theme()).isEqualTo(WorkstationApp.Theme.DARK);
        assertThat(desk.preferences.locale()).isEqualTo(Locale.FRENCH);
        assertThat(desk.preferences.ocrLanguages()).isEqualTo("fra+eng");
        robot.interact(() -> WorkstationApp.paint(false));
    }

    @Test
    void theDemoFillsTheQueueInTheBackgroundAndOpensTheFirstInvoice(FxRobot robot) {
        Robots.click(robot, QueuePane.DEMO_ID);

        // Writing the demo set and reading its first invoice take a few seconds on a busy machine.
        Robots.waitFor(60, () -> app.view().invoice().invoice() != null);
        assertThat(app.view().invoice().invoice().fileName()).isEqualTo("atelier-dupuis-FA-2026-0142.pdf");
        Robots.waitFor(60, () -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get()
                + app.view().queue().count(QueueViewModel.Tab.DUPLICATES).get() == 10);
        assertThat(app.view().queue().count(QueueViewModel.Tab.DUPLICATES).get()).isEqualTo(1);
        assertThat(app.view().queue().count(QueueViewModel.Tab.QUARANTINED).get()).isZero();
    }
}
