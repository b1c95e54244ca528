package io.verifact.ui;

import static io.verifact.ui.Robots.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.verifact.capture.DemoInvoice;
import io.verifact.capture.DemoInvoices;
import io.verifact.model.InvoiceStatus;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.StallingEngine;
import io.verifact.ocr.TextLayerEngine;
import io.verifact.store.StoredDocument;
import io.verifact.workflow.QueueItem;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Files handed to the window (dropped on it, opened) and their reading stopped, in the real window on a real local store. */
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

    @Test
    void aFolderOfInvoicesDroppedOnTheWindowIsReadIntoTheQueue(FxRobot robot) throws Exception {
        open(robot, new TextLayerEngine());
        Path dropped = Files.createDirectories(desk.folder.resolve("dropped/march"));
        List<String> typed = new ArrayList<>();
        for (DemoInvoice demo : DemoInvoices.write(desk.folder.resolve("demo"))) {
            if (!demo.scanned()) {
                // Some in the folder, some in a folder inside it.
                Path into = typed.size() % 2 == 0 ? dropped : dropped.getParent();
                Files.copy(demo.file(), into.resolve(demo.file().getFileName()));
                typed.add(demo.file().getFileName().toString());
            }
        }
        Scene scene = stage.getScene();

        DesktopDrag folder = DesktopDrag.of(List.of(dropped.getParent().toFile()));
        assertThat(folder.fire(robot, DragEvent.DRAG_OVER, scene).getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
        assertThat(folder.fire(robot, DragEvent.DRAG_DROPPED, scene).isDropCompleted()).isTrue();

        waitFor(60, () -> app.view().queue().count(QueueViewModel.Tab.TO_VERIFY).get()
                + app.view().queue().count(QueueViewModel.Tab.DUPLICATES).get() == typed.size());
        assertThat(desk.verification.queue()).extracting(QueueItem::fileName).containsExactlyInAnyOrderElementsOf(typed);
        waitFor(() -> app.view().invoice().invoice() != null);
    }

    @Test
    void aDragCarryingNoFilesIsRefused(FxRobot robot) throws Exception {
        open(robot, new TextLayerEngine());
        Scene scene = stage.getScene();

        DragEvent over = new DesktopDrag(Map.of(DataFormat.PLAIN_TEXT, "FA-1")).fire(robot, DragEvent.DRAG_OVER, scene);

        assertThat(over.isAccepted()).isFalse();
    }

    /**
     * A drag from the desktop's file manager. The headless platform has no desktop to drag from, and a
     * dragboard is only made by JavaFX, so it is made here over JavaFX's own clipboard interface, holding
     * what a file manager offers.
     */
    private record DesktopDrag(Map<DataFormat, Object> content) implements TKClipboard {

        static DesktopDrag of(List<File> files) {
            return new DesktopDrag(Map.of(DataFormat.FILES, files));
        }

        /** Sends the scene an event of the drag over its middle, as the platform would; returns it, as handled. */
        DragEvent fire(FxRobot robot, EventType<DragEvent> type, Scene scene) {
            DragEvent[] sent = new DragEvent[1];
            robot.interact(() -> {
                Dragboard dragboard = DragboardHelper.createDragboard(this);
                double x = scene.getWidth() / 2;
                double y = scene.getHeight() / 2;
                sent[0] = new DragEvent(scene, scene, type, dragboard, x, y, x, y, TransferMode.COPY, null, null, null);
                Event.fireEvent(scene, sent[0]);
            });
            return sent[0];
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            throw new UnsupportedOperationException("a drag from the desktop is only read");
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private void open(FxRobot robot, OcrEngine engine) throws IOException {
        desk = new TestDesk(Files.createTempDirectory(parent, "desk"), List::of, engine);
        robot.interact(() -> app = desk.openWithinReach(stage));
    }
}
