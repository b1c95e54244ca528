package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.verifact.model.InvoiceStatus;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.StallingEngine;
import io.verifact.store.StoredDocument;
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
import java.time.Duration;
import java.util.List;

/** Files handed to the window, and the reading of them stopped, in the real window on a real local store. */
@ExtendWith(ApplicationExtension.class)
class TakingFilesInTest {

    @TempDir
    static Path parent;

    private Stage stage;
    private TestDesk desk;
    private WorkstationApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (desk != null) {
            desk.closeWith(robot, stage, app);
        }
    }

    @Test
    void cancelStopsTheFileBeingReadAtOnceSaysHowManyWereReadAndTheRestIsReadWhenOpenedAgain(FxRobot robot) throws Exception {
        // The second file's page reads as long as a long OCR would, and longer: until its reading is stopped.
        StallingEngine engine = new StallingEngine(2);
        open(robot, engine);
        List<Path> files = List.of(desk.invoice("dupuis-1.pdf", "Dupuis", "FA-1", "120,00"),
                desk.invoice("dupuis-2.pdf", "Dupuis", "FA-2", "120,00"), desk.invoice("dupuis-3.pdf", "Dupuis", "FA-3", "120,00"));

        robot.interact(() -> app.view().take(files));
        assertThat(engine.stalls(Duration.ofSeconds(30))).isTrue();
        Robots.click(robot, WorkstationView.CANCEL_ID);

        Label message = robot.lookup("#" + WorkstationView.MESSAGE_ID).queryAs(Label.class);
        waitFor(() -> message.getText().equals("Stopped: 1 file read, 2 left unread"));
        assertThat(robot.lookup("#" + WorkstationView.CANCEL_ID).query().isVisible()).isFalse();
        assertThat(desk.store.documents().list()).as("the file stopped is not quarantined")
                .extracting(StoredDocument::fileName, StoredDocument::status)
                .containsExactly(tuple("dupuis-1.pdf", InvoiceStatus.RECOGNIZED), tuple("dupuis-2.pdf", InvoiceStatus.NEW));
        waitFor(() -> robot.lookup(".list-cell .label").queryAll().stream()
                .anyMatch(note -> "Not read: open the file again to read it".equals(((Label) note).getText())));
        Screenshots.save(stage.getScene(), "reading-stopped-en");

        engine.letGo();
        robot.interact(() -> app.view().take(files));

        waitFor(() -> message.getText().equals("3 files read"));
        waitFor(() -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get() == 3);
    }

    private void open(FxRobot robot, OcrEngine engine) throws IOException {
        desk = new TestDesk(Files.createTempDirectory(parent, "desk"), List::of, engine);
        robot.interact(() -> app = desk.openWithinReach(stage));
    }
}
