package io.verifact.ui.viewer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.verifact.ui.Screenshots;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.verifact.ui.viewer.OnScreen.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The viewer as the operator sees it beside its page strip, saved for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class ViewerScreenshotTest {

    /** The headless platform's screen is 1000 pixels square; the window stays inside it. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 860;

    private Stage stage;
    private PageViewer viewer;
    private List<FieldBox> boxes;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FakeInvoice first = FakeInvoice.firstPage();
        boxes = first.boxes();
        List<Image> pages = List.of(first.image(), FakeInvoice.followingPage(2, 3).image(), FakeInvoice.followingPage(3, 3).image());

        PageThumbnails thumbnails = new PageThumbnails();
        viewer = new PageViewer();
        thumbnails.getPages().setAll(pages);
        viewer.imageProperty().bind(Bindings.createObjectBinding(
                () -> pages.get(thumbnails.getSelectedPage() - 1), thumbnails.selectedPageProperty()));
        viewer.getBoxes().setAll(boxes);
        HBox.setHgrow(viewer, Priority.ALWAYS);

        OnScreen.show(stage, new HBox(thumbnails, viewer), WIDTH, HEIGHT);
    }

    @AfterEach
    void lightAgain() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theViewerWithEveryStateOfBox(FxRobot robot) throws IOException {
        Path screenshot = shoot(robot, "viewer");

        assertThat(Files.size(screenshot)).isPositive();
        assertThat(boxes).extracting(FieldBox::state).contains(BoxState.values());
    }

    @Test
    void theViewerUnderTheDarkTheme(FxRobot robot) throws IOException {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Path screenshot = shoot(robot, "viewer-dark");

        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void theViewerAtActualSize(FxRobot robot) throws IOException {
        robot.interact(() -> {
            viewer.actualSize();
            viewer.scrollIntoView("tax");
        });
        Path screenshot = Screenshots.save(stage.getScene(), "viewer-actual-size");

        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void aPageScannedAt300Dpi(FxRobot robot) throws IOException {
        robot.interact(() -> {
            viewer.imageProperty().unbind();
            viewer.setImage(FakeInvoice.firstPage(2).image());
            viewer.requestFocus();
        });
        Path screenshot = Screenshots.save(stage.getScene(), "viewer-300dpi");

        assertThat(viewer.getImage().getWidth()).isEqualTo(2 * FakeInvoice.WIDTH);
        assertThat(Files.size(screenshot)).isPositive();
    }

    private Path shoot(FxRobot robot, String name) throws IOException {
        robot.interact(() -> {
            viewer.fitPage();
            viewer.setHighlighted("gross");
            viewer.requestFocus();
        });
        Point2D date = fx(() -> {
            Point2D centre = centreOf("invoiceDate");
            return viewer.localToScreen(viewer.pageToLocal(centre.getX(), centre.getY()));
        });
        robot.moveTo(date);
        assertThat(viewer.getHovered()).isEqualTo("invoiceDate");
        return Screenshots.save(stage.getScene(), name);
    }

    private Point2D centreOf(String id) {
        return boxes.stream().filter(box -> box.id().equals(id)).findFirst()
                .map(box -> new Point2D(box.box().centerX(), box.box().centerY()))
                .orElseThrow();
    }
}
