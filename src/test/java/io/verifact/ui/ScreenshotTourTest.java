package io.verifact.ui;

import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.model.FieldKey;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.ui.viewer.PageViewer;
import io.verifact.workflow.QueueItem;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window on the demo invoices, with a PDF and with a scan, light and dark, in English and
 * in French, saved to {@code target/screenshots}; with {@code -Dverifact.screenshots=docs} also to
 * {@code docs/screenshots}, where the README shows them.
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
    void theDemoSetFillsEveryTabItShould() {
        List<QueueItem> queue = desk.verification.queue();

        assertThat(queue).hasSize(demo.size());
        assertThat(queue).filteredOn(QueueItem::duplicate).extracting(QueueItem::fileName)
                .containsExactly("imprimerie-lambotte-F2026-0318-scan.png");
        assertThat(queue).filteredOn(q -> q.fileName().equals("van-der-linden-2026-0452.pdf"))
                .singleElement().satisfies(q -> assertThat(q.failedChecks()).isPositive());
    }

    private void shoot(FxRobot robot, Locale locale, WorkstationApp.Theme theme, long id, String name) throws IOException {
        WorkstationApp[] app = new WorkstationApp[1];
        robot.interact(() -> {
            app[0] = new WorkstationApp(locale, theme, desk.workspace, desk.preferences);
            app[0].start(stage);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        VerifyingTest.waitFor(() -> app[0].view().invoice().invoice() != null);
        robot.interact(() -> app[0].view().show(id));
        PageViewer viewer = robot.lookup("#" + WorkstationView.VIEWER_ID).queryAs(PageViewer.class);
        VerifyingTest.waitFor(() -> app[0].view().invoice().invoice() != null && app[0].view().invoice().invoice().id() == id
                && viewer.getImage() != null);
        TextField gross = robot.lookup("#field-" + FieldKey.GROSS_TOTAL.key()).queryAs(TextField.class);
        robot.interact(gross::requestFocus);
        Path shot = Screenshots.save(stage.getScene(), name);
        if ("docs".equals(System.getProperty("verifact.screenshots"))) {
            Path docs = Path.of("docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        robot.interact(app[0]::stop);
    }

    private static long id(String fileName) {
        return desk.verification.queue().stream().filter(q -> q.fileName().equals(fileName)).findFirst().orElseThrow().id();
    }
}
