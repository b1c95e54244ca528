package io.verifact.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WorkstationAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WorkstationApp(Locale.ENGLISH).start(stage);
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
    void anEmptyQueueSaysSo(FxRobot robot) throws IOException {
        Label placeholder = robot.lookup("#" + WorkstationView.QUEUE_PLACEHOLDER_ID).queryAs(Label.class);

        assertThat(placeholder.getText()).isEqualTo("No invoices in the queue");
        assertThat(placeholder.isVisible()).isTrue();

        Path screenshot = Screenshots.save(stage.getScene(), "workstation-empty");
        assertThat(Files.size(screenshot)).isPositive();
    }
}
