package io.verifact.ui.viewer;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static io.verifact.ui.viewer.OnScreen.fx;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PageThumbnailsTest {

    private PageThumbnails thumbnails;
    private PageViewer viewer;
    private List<Image> pages;

    @Start
    void start(Stage stage) {
        pages = List.of(page(0xFFFF0000), page(0xFF00FF00), page(0xFF0000FF));
        thumbnails = new PageThumbnails();
        viewer = new PageViewer();
        // What the window does: the viewer shows the page chosen in the strip.
        viewer.imageProperty().bind(Bindings.createObjectBinding(
                () -> thumbnails.getSelectedPage() < 1 ? null : thumbnails.getPages().get(thumbnails.getSelectedPage() - 1),
                thumbnails.selectedPageProperty()));
        HBox.setHgrow(viewer, Priority.ALWAYS);
        OnScreen.show(stage, new HBox(thumbnails, viewer), 800, 600);
    }

    @Test
    void aDocumentOfOnePageHasNoStrip(FxRobot robot) {
        robot.interact(() -> thumbnails.getPages().setAll(pages.getFirst()));

        assertThat(thumbnails.isVisible()).isFalse();
        assertThat(thumbnails.isManaged()).isFalse();
        assertThat(thumbnails.getSelectedPage()).isEqualTo(1);
        assertThat(viewer.getImage()).isSameAs(pages.getFirst());
    }

    @Test
    void aDocumentOfSeveralPagesShowsOneThumbnailEachFromTheFirstPage(FxRobot robot) {
        robot.interact(() -> thumbnails.getPages().setAll(pages));

        assertThat(thumbnails.isVisible()).isTrue();
        assertThat(thumbnails.getWidth()).isGreaterThanOrEqualTo(PageThumbnails.THUMBNAIL_WIDTH);
        assertThat(thumbnails.getSelectedPage()).isEqualTo(1);
        assertThat(numbers()).containsExactly("1", "2", "3");
    }

    @Test
    void clickingAThumbnailShowsItsPage(FxRobot robot) {
        robot.interact(() -> thumbnails.getPages().setAll(pages));

        robot.clickOn(cell(1));

        assertThat(thumbnails.getSelectedPage()).isEqualTo(2);
        assertThat(viewer.getImage()).isSameAs(pages.get(1));
    }

    @Test
    void theArrowKeysGoFromPageToPage(FxRobot robot) {
        robot.interact(() -> thumbnails.getPages().setAll(pages));
        robot.clickOn(cell(0));

        robot.type(KeyCode.DOWN, 2);

        assertThat(thumbnails.getSelectedPage()).isEqualTo(3);
        assertThat(viewer.getImage()).isSameAs(pages.get(2));
    }

    @Test
    void choosingAPageSelectsItsThumbnail(FxRobot robot) {
        robot.interact(() -> {
            thumbnails.getPages().setAll(pages);
            thumbnails.setSelectedPage(3);
        });

        assertThat(list().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(viewer.getImage()).isSameAs(pages.get(2));
    }

    @Test
    void aPageOutOfRangeIsBroughtBackWithin(FxRobot robot) {
        robot.interact(() -> {
            thumbnails.getPages().setAll(pages);
            thumbnails.setSelectedPage(7);
        });
        assertThat(thumbnails.getSelectedPage()).isEqualTo(3);

        robot.interact(() -> thumbnails.getPages().setAll(pages.subList(0, 2)));
        assertThat(thumbnails.getSelectedPage()).isEqualTo(1);

        robot.interact(() -> thumbnails.getPages().clear());
        assertThat(thumbnails.getSelectedPage()).isZero();
        assertThat(viewer.getImage()).isNull();
    }

    private ListView<?> list() {
        return (ListView<?>) thumbnails.lookup(".list-view");
    }

    private Node cell(int index) {
        return fx(() -> thumbnails.lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == index && !cell.isEmpty())
                .findFirst()
                .orElseThrow());
    }

    /** The page numbers the strip shows; the list keeps a hidden spare cell, hence the distinct. */
    private List<String> numbers() {
        return fx(() -> thumbnails.lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty())
                .map(cell -> ((Label) cell.lookup(".page-number")).getText())
                .distinct()
                .sorted()
                .toList());
    }

    private static Image page(int argb) {
        WritableImage image = new WritableImage(60, 85);
        for (int y = 0; y < 85; y++) {
            for (int x = 0; x < 60; x++) {
                image.getPixelWriter().setArgb(x, y, x < 6 || y < 6 ? argb : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
